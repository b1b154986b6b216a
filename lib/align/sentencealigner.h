// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QList>

#include <functional>

namespace Parallax {

// A sentence reduced to what alignment compares: a typography-free identity key and a weighted bag of
// its words (function words weigh less than content words).
struct SentenceProfile
{
    QString key; // normalised, lower case: identical sentences have identical keys
    size_t keyHash = 0; // qHash(key), so that the rows' keys are checked without hashing them again
    QList<int> words; // sorted word ids
    double weight = 0; // sum of the words' weights
    bool boilerplate = false;
};

// Aligns the sentences of N versions into rows against one base version. Identical sentences are anchors;
// between anchors a monotone dynamic programme matches near-identical and reworded sentences by lexical
// similarity and allows one-to-two and two-to-one splits and merges; leftover pairs out of order are
// moves. Versions are added one at a time to the growing row table, so sentences that several versions
// add share a row. Every sentence of every version ends up in exactly one row.
class SentenceAligner
{
public:
    SentenceAligner();
    ~SentenceAligner();

    // Profiles every sentence; needed before similarity() or align().
    void setVersions(const QList<Version> &versions);

    // Weighted Dice similarity of two bags of words, 0..1.
    double similarity(const QList<int> &a, double weightA, const QList<int> &b, double weightB) const;
    // Similarity of two whole versions (their non-boilerplate words).
    double versionSimilarity(int a, int b) const;
    // The version most similar to all others.
    int mostCentralVersion() const;

    // Rows with cells, spans, statuses and move targets filled. isCanceled is polled between versions.
    QList<AlignedRow> align(int base, const std::function<bool()> &isCanceled = {});

    const SentenceProfile &profile(int version, int sentence) const;
    double wordWeight(int wordId) const;
    // A bag for consecutive sentences [first, first + span).
    QList<int> bag(int version, int first, int span, double *weight) const;

    // The former matching thresholds (the aligner now uses its own, documented in docs/alignment.md).
    static constexpr double MatchThreshold = 0.5;
    static constexpr double MoveThreshold = 0.6;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax
