// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/sessionfile.h"

#include "core/filepaths.h"
#include "report/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Parallax::SessionFiles {

namespace {

QString targetId(Note::Target target)
{
    switch (target) {
    case Note::Target::Row:
        return u"row"_s;
    case Note::Target::Span:
        return u"span"_s;
    case Note::Target::Quote:
        return u"quote"_s;
    }
    return u"row"_s;
}

std::optional<Note::Target> targetOf(const QString &id)
{
    if (id == u"row"_s)
        return Note::Target::Row;
    if (id == u"span"_s)
        return Note::Target::Span;
    if (id == u"quote"_s)
        return Note::Target::Quote;
    return std::nullopt;
}

// Keys of dropped text are names, not paths: only what looks like a path (absolute) is made relative.
QString relative(const QString &key, const QDir &folder)
{
    if (!QDir::isAbsolutePath(key))
        return key;
    const QString rel = folder.relativeFilePath(key);
    // Far away (another tree): absolute is clearer and survives moving the session alone.
    return rel.startsWith(u"../../"_s) ? key : rel;
}

QString resolved(const QString &key, const QDir &folder, const QStringList &inputs)
{
    if (key.isEmpty() || QDir::isAbsolutePath(key))
        return key;
    const QString path = QDir::cleanPath(folder.absoluteFilePath(key));
    // A relative key that is no file next to the session and no input is a dropped text's name.
    if (QFileInfo::exists(path) || inputs.contains(path))
        return path;
    for (const QString &input : inputs)
        if (path.startsWith(input + u'/'))
            return path;
    return key;
}

QJsonArray keyArray(const QStringList &keys, const QDir &folder)
{
    QJsonArray out;
    for (const QString &k : keys)
        out.append(relative(k, folder));
    return out;
}

QStringList keyList(const QJsonValue &value, const QDir &folder, const QStringList &inputs)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        if (v.isString())
            out.append(resolved(v.toString(), folder, inputs));
    return out;
}

QDir folderOf(const QString &sessionPath)
{
    return QFileInfo(sessionPath).absoluteDir();
}

} // namespace

QByteArray toJson(const SessionFile &s, const QString &sessionPath)
{
    const QDir folder = folderOf(sessionPath);
    QJsonArray inputs;
    for (const QString &input : s.inputs)
        inputs.append(relative(input, folder));
    QJsonObject names;
    for (auto it = s.displayNames.begin(); it != s.displayNames.end(); ++it)
        names.insert(relative(it.key(), folder), it.value());
    QJsonArray notes;
    for (const Note &n : s.notes) {
        QJsonObject o { { u"id"_s, n.id }, { u"target"_s, targetId(n.target) },
            { u"version"_s, relative(n.versionKey, folder) }, { u"sentence"_s, n.sentence },
            { u"passage"_s, n.passage }, { u"text"_s, n.text },
            { u"tags"_s, QJsonArray::fromStringList(n.tags) }, { u"author"_s, n.author },
            { u"time"_s, n.time.toUTC().toString(Qt::ISODate) } };
        if (n.target == Note::Target::Span) {
            o.insert(u"start"_s, n.start);
            o.insert(u"end"_s, n.end);
        }
        notes.append(o);
    }
    QJsonObject root { { u"schema"_s, SessionFile::Schema }, { u"application"_s, u"Parallax"_s },
        { u"inputs"_s, inputs }, { u"base"_s, relative(s.base, folder) },
        { u"columnOrder"_s, keyArray(s.columnOrder, folder) },
        { u"hiddenVersions"_s, keyArray(s.hiddenVersions, folder) }, { u"displayNames"_s, names },
        { u"reading"_s, s.reading }, { u"notes"_s, notes } };
    if (!s.order.isEmpty())
        root.insert(u"order"_s, s.order);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<SessionFile> fromJson(const QByteArray &data, const QString &sessionPath, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QCoreApplication::translate("Parallax::SessionFiles", "not a Parallax session (%1)")
                .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : u"no JSON object"_s));
    const QJsonObject root = doc.object();
    const QJsonValue schema = root.value(u"schema"_s);
    if (!schema.isDouble())
        return fail(
            QCoreApplication::translate("Parallax::SessionFiles", "not a Parallax session (no schema)"));
    if (schema.toInt() < 1 || schema.toInt() > SessionFile::Schema)
        return fail(QCoreApplication::translate("Parallax::SessionFiles",
            "a session of schema %1, which this version of Parallax cannot read (it reads schema %2)")
                .arg(schema.toInt())
                .arg(SessionFile::Schema));
    const QDir folder = folderOf(sessionPath);
    SessionFile s;
    for (const QJsonValue &v : root.value(u"inputs"_s).toArray())
        if (v.isString() && !v.toString().isEmpty())
            s.inputs.append(QDir::cleanPath(folder.absoluteFilePath(v.toString())));
    s.base = resolved(root.value(u"base"_s).toString(), folder, s.inputs);
    s.columnOrder = keyList(root.value(u"columnOrder"_s), folder, s.inputs);
    s.hiddenVersions = keyList(root.value(u"hiddenVersions"_s), folder, s.inputs);
    const QJsonObject names = root.value(u"displayNames"_s).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        if (it.value().isString())
            s.displayNames.insert(resolved(it.key(), folder, s.inputs), it.value().toString());
    s.reading = root.value(u"reading"_s).toObject();
    // An order this version does not know is read as the default.
    if (const QString order = root.value(u"order"_s).toString(); order == u"time"_s || order == u"name"_s)
        s.order = order;
    for (const QJsonValue &v : root.value(u"notes"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Note n;
        // A note of an unknown kind (a later version's) is kept as a row note rather than lost.
        n.target = targetOf(o.value(u"target"_s).toString()).value_or(Note::Target::Row);
        n.id = o.value(u"id"_s).toString();
        n.versionKey = resolved(o.value(u"version"_s).toString(), folder, s.inputs);
        n.sentence = o.value(u"sentence"_s).toInt(-1);
        n.start = qsizetype(o.value(u"start"_s).toDouble(-1));
        n.end = qsizetype(o.value(u"end"_s).toDouble(-1));
        n.passage = o.value(u"passage"_s).toString();
        n.text = o.value(u"text"_s).toString();
        for (const QJsonValue &t : o.value(u"tags"_s).toArray())
            if (t.isString() && !t.toString().isEmpty())
                n.tags.append(t.toString());
        n.author = o.value(u"author"_s).toString();
        n.time = QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODate).toUTC();
        s.notes.append(n);
    }
    return s;
}

bool save(const SessionFile &session, const QString &path, QString *error)
{
    // The article files are never written: a session is refused where one of them stands.
    QStringList inputs = session.inputs;
    for (const Note &n : session.notes)
        if (QDir::isAbsolutePath(n.versionKey))
            inputs.append(n.versionKey);
    return OutputFile::write(path, toJson(session, path), inputs, error);
}

std::optional<SessionFile> load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = FilePaths::printable(path) + u": "_s + file.errorString();
        return std::nullopt;
    }
    QString why;
    auto session = fromJson(file.readAll(), QFileInfo(path).absoluteFilePath(), &why);
    if (!session && error)
        *error = FilePaths::printable(path) + u": "_s + why;
    return session;
}

bool isSessionFile(const QString &path)
{
    return path.endsWith(u'.' + QStringView(Extension), Qt::CaseInsensitive);
}

} // namespace Parallax::SessionFiles
