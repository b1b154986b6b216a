// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/officedocument.h"

#include "load/officexml_p.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QBuffer>
#include <QtEndian>

#include <memory>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

using Code = LoadError::Code;

std::nullopt_t fail(LoadError *error, Code code, const QString &detail)
{
    if (error) {
        error->code = code;
        error->detail = detail;
    }
    return std::nullopt;
}

QString formatName(TextFormat format)
{
    return format == TextFormat::Odt ? u"ODT"_s : u"DOCX"_s;
}

// The entry count the archive's end record declares, read before KZip builds its directory: a central
// directory of millions of entries is refused without being walked. -1 when there is no end record.
qint64 declaredEntries(const QByteArray &data)
{
    // The end record is the last 22 bytes plus a comment of up to 64 KB.
    const qsizetype from = qMax<qsizetype>(0, data.size() - 22 - 0xFFFF);
    const qsizetype at = data.lastIndexOf(QByteArrayView("PK\x05\x06"), data.size() - 22);
    if (at < from || at < 0)
        return -1;
    return qFromLittleEndian<quint16>(data.constData() + at + 10);
}

// Counts entries and declared sizes of the whole tree; stops once past the limits.
void measure(const KArchiveDirectory *dir, qint64 &entries, qint64 &bytes, int depth)
{
    for (const QString &name : dir->entries()) {
        const KArchiveEntry *entry = dir->entry(name);
        if (!entry || ++entries > OfficeDocument::MaxEntries || bytes > OfficeDocument::MaxUnpackedSize)
            return;
        if (entry->isDirectory()) {
            if (depth < 64)
                measure(static_cast<const KArchiveDirectory *>(entry), entries, bytes, depth + 1);
        } else {
            bytes += qMax<qint64>(0, static_cast<const KArchiveFile *>(entry)->size());
        }
    }
}

enum class PartStatus { Ok, Missing, TooLarge, Damaged };

// One part, inflated up to MaxPartSize whatever its header declares.
PartStatus readPart(const KArchiveDirectory *root, const QString &path, QByteArray *out)
{
    const KArchiveEntry *entry = root->entry(path);
    if (!entry || !entry->isFile())
        return PartStatus::Missing;
    const auto *file = static_cast<const KArchiveFile *>(entry);
    if (file->size() > OfficeDocument::MaxPartSize)
        return PartStatus::TooLarge;
    const std::unique_ptr<QIODevice> device(file->createDevice());
    if (!device || !device->isOpen())
        return PartStatus::Damaged;
    *out = device->read(OfficeDocument::MaxPartSize + 1);
    if (out->size() > OfficeDocument::MaxPartSize)
        return PartStatus::TooLarge;
    // A part shorter than declared is cut short (a truncated download).
    return out->size() == file->size() ? PartStatus::Ok : PartStatus::Damaged;
}

} // namespace

bool OfficeDocument::looksLikeZip(const QByteArray &data)
{
    return data.startsWith("PK\x03\x04");
}

bool OfficeDocument::looksLikeEncryptedOffice(const QByteArray &data)
{
    // An OLE compound file: what Word writes around an encrypted .docx (and the old binary .doc).
    return data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

std::optional<ExtractedText> OfficeDocument::extract(
    const QByteArray &data, TextFormat *format, QString *source, LoadError *error)
{
    if (looksLikeEncryptedOffice(data))
        return fail(error, Code::DocumentEncrypted, formatName(*format));
    if (declaredEntries(data) > MaxEntries)
        return fail(error, Code::DocumentBomb, formatName(*format));
    QBuffer buffer;
    buffer.setData(data);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly))
        return fail(error, Code::DocumentDamaged, formatName(*format));
    const KArchiveDirectory *root = zip.directory();
    qint64 entries = 0, bytes = 0;
    measure(root, entries, bytes, 0);
    if (entries > MaxEntries || bytes > MaxUnpackedSize)
        return fail(error, Code::DocumentBomb, formatName(*format));

    const bool word = root->entry(u"word/document.xml"_s) != nullptr;
    if (!word && !root->entry(u"content.xml"_s))
        return fail(error, Code::DocumentDamaged, formatName(*format));
    *format = word ? TextFormat::Docx : TextFormat::Odt;
    const QString name = formatName(*format);

    // An OpenDocument file saved with a password keeps its parts encrypted; the manifest says so.
    QByteArray manifest;
    if (!word && readPart(root, u"META-INF/manifest.xml"_s, &manifest) == PartStatus::Ok
        && manifest.contains("encryption-data"))
        return fail(error, Code::DocumentEncrypted, name);

    auto failPart = [&](PartStatus status) {
        return fail(error, status == PartStatus::TooLarge ? Code::DocumentBomb : Code::DocumentDamaged, name);
    };
    auto failXml = [&](OfficeXml::Failure failure) {
        return fail(error,
            failure == OfficeXml::Failure::Entities ? Code::DocumentEntities : Code::DocumentDamaged, name);
    };
    QByteArray body;
    if (const PartStatus s = readPart(root, word ? u"word/document.xml"_s : u"content.xml"_s, &body);
        s != PartStatus::Ok)
        return failPart(s);

    ExtractedText out;
    OfficeXml::Failure failure = OfficeXml::Failure::None;
    if (word) {
        QHash<QString, BlockKind> styles;
        QByteArray stylesXml;
        const PartStatus s = readPart(root, u"word/styles.xml"_s, &stylesXml);
        if (s == PartStatus::TooLarge || s == PartStatus::Damaged)
            return failPart(s);
        if (s == PartStatus::Ok)
            styles = OfficeXml::wordStyles(stylesXml, &failure);
        if (failure == OfficeXml::Failure::None)
            failure = OfficeXml::readWordBody(body, styles, out);
    } else {
        failure = OfficeXml::readOpenDocumentBody(body, out);
    }
    if (failure != OfficeXml::Failure::None)
        return failXml(failure);

    QByteArray propertiesXml;
    if (readPart(root, word ? u"docProps/core.xml"_s : u"meta.xml"_s, &propertiesXml) == PartStatus::Ok) {
        const OfficeXml::Properties p = OfficeXml::readProperties(propertiesXml);
        // The first heading is the headline; the stored title is often a template's or an old draft's.
        if (out.title.isEmpty())
            out.title = p.title;
        if (!p.creator.isEmpty())
            out.authors = { p.creator };
        out.date = p.created;
        out.modified = p.modified;
    }
    *source = OfficeXml::indented(body);
    return out;
}

} // namespace Parallax
