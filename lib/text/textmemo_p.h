// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QReadWriteLock>
#include <QString>
#include <QStringView>

namespace Parallax::Internal {

// The answers of a function of a text alone, each distinct text asked once: the versions of a story repeat
// most of their sentences and paragraphs word for word (a hundred revisions of a 1,000-sentence article
// hold some 100,000 sentences and a few thousand distinct ones), so rules that read one text at a time
// need not read its copies again. Safe to share between threads (files load on several at once); at most
// `limit` texts are kept, and all are forgotten when that many are, so memory stays bounded over a long run
// (an archive of stories); texts longer than `maxChars` (a page without paragraphs) are not kept at all.
// Results are those of the function itself: it must depend on the text alone.
template<typename Value> class TextMemo
{
public:
    explicit TextMemo(qsizetype limit, qsizetype maxChars = 4096)
        : m_limit(limit)
        , m_maxChars(maxChars)
    { }

    template<typename Compute> Value get(QStringView text, Compute compute)
    {
        if (text.size() > m_maxChars)
            return compute(text.toString());
        QString key = text.toString();
        {
            const QReadLocker locker(&m_lock);
            if (const auto it = m_known.constFind(key); it != m_known.cend())
                return *it;
        }
        Value value = compute(key);
        const QWriteLocker locker(&m_lock);
        if (m_known.size() >= m_limit)
            m_known.clear();
        m_known.insert(std::move(key), value);
        return value;
    }

private:
    QReadWriteLock m_lock;
    QHash<QString, Value> m_known;
    const qsizetype m_limit;
    const qsizetype m_maxChars;
};

} // namespace Parallax::Internal
