// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

namespace Parallax {

class SideBySideView;

// A narrow strip beside the scrollbar: a mark for every changed row, in the colour of its strongest
// change, and the part currently in view. Clicking or dragging scrolls there.
class OverviewStrip : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewStrip(SideBySideView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    // Over a mark: what its colour means (the legend's words); elsewhere what the strip is.
    bool event(QEvent *event) override;

private:
    void scrollTo(int y);
    QString describeAt(int y) const;

    QPointer<SideBySideView> m_view;
};

} // namespace Parallax
