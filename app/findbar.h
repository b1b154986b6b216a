// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Parallax {

// Ctrl+F: a search field under the reading view that searches all versions at once.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    QLineEdit *field() const { return m_field; }
    void activate(); // shows the bar and selects its text
    void setMatchCount(int count, bool found);

Q_SIGNALS:
    void textChanged(const QString &text);
    void findNext();
    void findPrevious();
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_field;
    QLabel *m_status;
};

} // namespace Parallax
