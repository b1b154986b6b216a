// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace Parallax {

// A non-modal message across the top of the window (files that could not be read, a failed export):
// the reader keeps reading and closes it when done.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    // Rich text; the caller escapes file names and reasons.
    void showMessage(const QString &html);
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace Parallax
