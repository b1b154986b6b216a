// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Parallax {

// The comparison result: plain value data shared by the reading view, the PDF export and the JSON
// report. Nothing downstream re-derives alignment; everything reads this structure.

enum class TextFormat { PlainText, Markdown, Html, Docx, Odt, Pdf, Email };

// What kind of block a sentence came from; headings and captions read differently.
enum class BlockKind { Paragraph, Heading, ListItem, Caption, Quote };

// What a sentence does in the article's layout: the parts of the top of a story that every outlet
// writes in its own words, and the first paragraph. Aligned role to role, whatever the wording.
enum class SentenceRole { Body, Headline, Standfirst, Byline, Dateline, Lede };

struct Sentence
{
    qsizetype start = 0; // offset into Version::text, inclusive
    qsizetype end = 0; // offset into Version::text, exclusive
    int block = 0; // index of the paragraph/heading/list item the sentence belongs to
    BlockKind blockKind = BlockKind::Paragraph;
    bool boilerplate = false; // newsletter prompt, related stories, captions, ...
    SentenceRole role = SentenceRole::Body; // set by assignRoles() (align/roles.h)
};

struct Version
{
    QString name; // display name: og:site_name, title or file name
    QString path; // file path as given (empty for text dropped from another program)
    QString title; // the article's headline where known
    QString date; // publication date where the metadata has one, else a date the file gives (dateSource)
    // Where date comes from: "metadata" (the web page's own), "email" (its Date: header), "file-name" (a
    // timestamp in the name), "text" (a dateline or stamp at the text's top), "document" (a Word,
    // OpenDocument or PDF file's properties), "file-date" (the file's modification time); empty when none.
    QString dateSource;
    // Web pages' metadata where the page gives it (schema.org JSON-LD, Open Graph, meta tags).
    QString outlet; // the publication's name (og:site_name, JSON-LD publisher, title suffix, address host)
    QStringList authors;
    QString modified; // date of the last update
    QString url; // the page's canonical address
    QString language; // BCP 47 tag as the page declares it
    QString encoding; // the encoding the file was decoded from
    TextFormat format = TextFormat::PlainText;
    QString text; // the extracted text: sentence offsets point into it
    QString rawText; // the decoded source as written (HTML/Markdown markup included)
    QList<Sentence> sentences;

    QString sentenceText(qsizetype index) const
    {
        const Sentence &s = sentences.at(index);
        return text.mid(s.start, s.end - s.start);
    }
    // The text of consecutive sentences [first, first + span), with what stands between them.
    QStringView cellText(qsizetype first, qsizetype span) const
    {
        const qsizetype start = sentences.at(first).start;
        return QStringView(text).mid(start, sentences.at(first + span - 1).end - start);
    }
};

// Status of one version's cell in an aligned row, relative to the base version.
enum class CellStatus { Same, Changed, Added, Absent, Moved };

struct AlignedRow
{
    // Per version: index of the first sentence in the cell, or -1 for an empty cell.
    QList<int> cells;
    // Per version: how many consecutive sentences the cell holds (2 or more where a version split or
    // merged sentences), 0 for an empty cell.
    QList<int> spans;
    QList<CellStatus> status;
    // Per version: for a moved sentence, the row where its counterpart stands; -1 otherwise.
    QList<int> moveTarget;
    // Per version: the other rows whose content the version's cell here also says ("merged from": one
    // sentence saying what two or three rows say, where another version keeps the rows apart), in row
    // order. Empty when no cell merges another row; otherwise one list per version, most of them empty.
    QList<QList<int>> alsoRows;
    // True when every non-empty cell of the row is boilerplate.
    bool boilerplate = false;
};

// How much a change inside an aligned sentence matters, from cosmetic to meaning-changing.
enum class ChangeKind { Typography, Spelling, Wording, Substantive };

// Why a substantive change matters: the kind of fact it changes. None for the other kinds. The ids that
// toString() gives are stable (JSON report, docs/report-schema.md); new reasons are added at the end.
enum class ChangeReason {
    None,
    Number, // a number or quantity: "about 300" -> "more than 400"
    Date, // a date or time: "Monday" -> "Tuesday", "in 2004" dropped
    Name, // a name or entity: person, place, organisation, title; a pronoun of another person
    Negation, // "not" added or removed, "agreed" -> "refused"
    Modality, // modality or hedging: "will" -> "may", "reportedly", "allegedly"
    Attribution, // who said it: "according to police" added, "said" -> "denied"
    Quote, // the words inside quotation marks
    ClaimAdded, // new content: a clause, a detail or a qualifier with its own content words
    ClaimDropped, // a predication (a clause with its own content) removed
    Opposite, // a word replaced by its opposite: "ahead of" -> "behind"
    Content, // a content word replaced by one of unrelated meaning: "flooded" -> "capsized"
};

struct Change
{
    int version = 0;
    int row = 0;
    int sentence = 0; // first sentence of the version's cell
    int baseSentence = 0; // first sentence of the base cell
    ChangeKind kind = ChangeKind::Substantive;
    ChangeReason reason = ChangeReason::None; // for substantive changes: the fact that changed
    QString before; // base wording ("" for an insertion)
    QString after; // version wording ("" for a deletion)
    qsizetype start = 0; // span in the version's text
    qsizetype end = 0;
    qsizetype baseStart = 0; // span in the base version's text
    qsizetype baseEnd = 0;
};

// Words of a quotation that another rendering changed: "reached agreement" -> "reached the agreement".
struct WordChange
{
    QString before;
    QString after;
    bool operator==(const WordChange &) const = default;
};

enum class QuoteFidelity { Exact, Typographic, Altered, Truncated, Extended, Merged, Absent };

struct QuoteVariant
{
    int version = 0;
    int sentence = -1; // sentence holding the quote's start; -1 when absent
    qsizetype start = 0; // span of the quoted words in the version's text
    qsizetype end = 0;
    QString text; // the quoted words without the quote marks
    QuoteFidelity fidelity = QuoteFidelity::Exact;
    QList<WordChange> wordChanges; // for altered quotes
};

struct QuoteGroup
{
    QString speaker; // empty when unattributed
    int reference = 0; // the variant the others are measured against (the base's when it has one)
    QList<QuoteVariant> variants; // one per version
};

// A file (or folder, or --base) that could not be used, as a value: the code says what went wrong, the
// detail carries the one particular (an OS message, an encoding, a link target, a size). The words are
// made where they are shown (core/labels.h: describe() translated, toString() the stable id).
struct LoadError
{
    enum class Code {
        Missing, // no such file or folder
        BrokenLink, // detail: the link's target
        LinkLoop, // detail: the link's target
        NotRegularFile, // a device, pipe or socket
        IsFolder,
        TooLarge, // detail: the size in bytes; limit MaxArticleFileSize
        PageTooLarge, // MHTML; detail: the size in bytes; limit MaxPageFileSize
        TextTooLarge, // bytes handed over directly; detail: the size in bytes
        Unreadable, // detail: the operating system's message
        Empty,
        OnlyWhiteSpace,
        Binary, // NUL bytes
        ControlCharacters,
        UnknownEncoding,
        InvalidText, // detail: the encoding
        HtmlParserFailed,
        MarkdownParserFailed,
        MhtmlNoContentType,
        MhtmlNoBoundary,
        MhtmlNoHtmlPart,
        MhtmlNotAPage, // detail: the content type
        MhtmlEmptyPage,
        NoText,
        FolderUnreadable,
        FolderWithoutArticles,
        SavedPageAssets, // detail: the saved page's file name
        // A note, not a failure: the file was named twice (or through two links) and is read once; detail:
        // the path it is read under.
        Duplicate,
        AmbiguousBase, // path: the --base value; detail: the versions it matches
        UnknownBase, // path: the --base value
        TooManySentences, // detail: the number of sentences; limit MaxSentences
        TooManyCharacters, // detail: the number of characters of text; limit MaxCharacters
        // Documents (DOCX, ODT, PDF, e-mail); detail: the format's name.
        DocumentDamaged, // not the archive, XML or PDF structure it claims to be, or cut short
        DocumentBomb, // an archive that would unpack to more than a document holds
        DocumentEntities, // XML that declares entities (billion laughs and the like)
        DocumentEncrypted, // password protected
        PdfWithoutText, // no text layer: scanned pages or images only
        EmailWithoutText, // no text/plain or text/html part
        // PDFs read by the parallax-pdftext helper under limits (lib/load/pdfdocument.h).
        PdfTooManyPages, // detail: the number of pages; limit MaxPdfPages
        PdfTooManyLines, // more than MaxPdfLines lines of text
        PdfReaderMemory, // the reader passed its memory limit; detail: the limit in MB
        PdfReaderTime, // the reader passed its time limit; detail: the limit in milliseconds
        PdfReaderCrashed, // detail: how it ended ("signal 11", "exit 1", "no output")
    };
    // The sizes the loader accepts, here so that the messages can name them.
    static constexpr qint64 MaxArticleFileSize = 16 * 1024 * 1024;
    // A single-file web page holds its images too; its HTML part must still fit MaxArticleFileSize.
    static constexpr qint64 MaxPageFileSize = 256 * 1024 * 1024;
    // Sentences of one version: what the comparison of a handful of versions holds within its time and
    // memory budget (2 s, 500 MB; benchmarks, tests/cli_bounds.sh and the hostile case
    // limits-just-under-both-related measure it). Two related versions at 6,000 sentences and 2 million
    // characters took 2.2-2.7 s of processor time for the JSON report on the loaded build machine, 4,000 and
    // 1.3 million 1.1-1.7 s, 3,000 and 1 million 1.0-1.3 s: the limits keep that margin.
    static constexpr qsizetype MaxSentences = 3000;
    // Characters of one version's text (after markup is taken away), from the same budget.
    static constexpr qsizetype MaxCharacters = 1'000'000;
    // Pages of a PDF, and its lines of text: more lines than the sentences a version may hold fill (the
    // reader's own bound, set when versions held 6,000 sentences; the sentence limit applies after it).
    static constexpr int MaxPdfPages = 2000;
    static constexpr qsizetype MaxPdfLines = 24'000;

    QString path;
    Code code = Code::Unreadable;
    QString detail;

    // Whether the file (or option) could not be used; a duplicate is only a note.
    bool isFailure() const { return code != Code::Duplicate; }
};

// One version read against its predecessor in time order (NewsDiffs' view), beside the comparison against
// the base: what a reader of the previous version would find changed. Made by compare/againstprevious.h.
struct VersionStep
{
    int version = 0;
    int previous = -1; // the predecessor in time order; -1 for the earliest version
    // The changes inside sentences the two versions share; `version` is this version, `baseSentence`,
    // `baseStart` and `baseEnd` point into the predecessor's text, `row` is the comparison's row that
    // holds the sentence.
    QList<Change> changes;
    // Sentences (boilerplate not counted): new in this version, gone since the predecessor, reworded,
    // moved.
    int added = 0;
    int removed = 0;
    int changed = 0;
    int moved = 0;
    double kept = 1; // share of the predecessor's words this version keeps, 0..1
};

struct Comparison
{
    QString title; // the story's headline, from the base version
    QList<Version> versions;
    int base = 0;
    QList<AlignedRow> rows;
    QList<Change> changes;
    QList<QuoteGroup> quotes;
    // similarity[i][j]: share of aligned content between versions i and j, 0..1, symmetric.
    QList<QList<double>> similarity;
    QList<double> baseShare; // per version: share of the base's sentences it keeps
    QList<double> ownShare; // per version: share of its own sentences not in the base
    QList<LoadError> errors; // files that could not be read; the others are still compared
    // Each version against its predecessor, in time order; empty unless asked for
    // (CompareOptions::againstPrevious).
    QList<VersionStep> steps;

    bool isEmpty() const { return versions.isEmpty(); }
};

bool isCosmetic(ChangeKind kind);

} // namespace Parallax
