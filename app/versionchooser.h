// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Parallax {

// View > Versions > Choose Versions…: which versions have a column, for comparisons with many (a story
// across a hundred outlets, an article's hundred revisions) where a menu of check boxes is too long.
// A filter narrows the list by name; Show All, Only the Base and the check boxes choose. The base
// cannot be left out while another version is shown: the others are read against it.
class VersionChooser : public QDialog
{
    Q_OBJECT
public:
    // names: every version's name, by version; shown: the versions shown now, in column order.
    VersionChooser(const QStringList &names, int base, const QList<int> &shown, QWidget *parent = nullptr);

    // The versions checked, the shown ones in their column order first, then the others by version.
    QList<int> chosen() const;
    void setFilter(const QString &text);
    void setChecked(int version, bool checked);
    // How many rows the filter leaves visible.
    int visibleCount() const;

private:
    QListWidget *m_list;
    QLineEdit *m_filter;
    int m_base;
};

} // namespace Parallax
