// The accessibility audit the GUI tests share: which focusable controls a screen reader cannot
// name, which of them Tab never reaches, and (for dialogs) where Tab jumps against the reading
// order. Each finding names the widget by class, objectName and parent chain.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace kakiyo::test {

// The kinds people operate (date/time edits are spin boxes). Internals that Qt names through
// their owner (a combo box's or spin box's own line edit) are not separate controls.
inline bool isInteractiveKind(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (parent
        && (qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QAbstractSpinBox *>(parent)))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QTabBar *>(w);
}

inline bool isAuditedControl(const QWidget *w)
{
    return w->focusPolicy() != Qt::NoFocus && w->isVisible() && w->isEnabled()
        && isInteractiveKind(w);
}

// "QPushButton#save < QDialogButtonBox < CampaignDialog#campaignDialog"
inline QString describe(const QWidget *w)
{
    QStringList chain;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        QString part = QString::fromLatin1(p->metaObject()->className());
        if (!p->objectName().isEmpty())
            part += QLatin1Char('#') + p->objectName();
        chain << part;
        if (p->isWindow())
            break;
    }
    return chain.join(QStringLiteral(" < "));
}

// What a screen reader announces as the control's name.
inline QString accessibleNameOf(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

inline QList<QWidget *> auditedControls(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (isAuditedControl(w))
            out << w;
    }
    return out;
}

inline QStringList unnamedControls(QWidget *root)
{
    QStringList out;
    for (QWidget *w : auditedControls(root)) {
        if (accessibleNameOf(w).isEmpty())
            out << describe(w);
    }
    return out;
}

// The widgets Tab visits, in order, from the first one inside root: QWidget's own rule (tab focus,
// visible, enabled, not handing focus to a proxy) applied along nextInFocusChain.
inline QList<QWidget *> tabOrder(QWidget *root)
{
    auto tabbable = [root](QWidget *w) {
        return (w == root || root->isAncestorOf(w)) && (w->focusPolicy() & Qt::TabFocus)
            && w->isVisible() && w->isEnabled() && !w->focusProxy();
    };
    QWidget *start = nullptr;
    for (QWidget *w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain()) {
        if (tabbable(w)) {
            start = w;
            break;
        }
    }
    QList<QWidget *> order;
    if (!start)
        return order;
    QWidget *w = start;
    int guard = 0;
    do {
        if (tabbable(w))
            order << w;
        w = w->nextInFocusChain();
    } while (w && w != start && ++guard < 100000);
    return order;
}

// Controls Tab never reaches, and text edits that keep Tab for themselves (a keyboard trap).
inline QStringList unreachableControls(QWidget *root)
{
    const QList<QWidget *> order = tabOrder(root);
    const QSet<QWidget *> reached(order.cbegin(), order.cend());
    QStringList out;
    for (QWidget *w : auditedControls(root)) {
        QWidget *target = w;
        while (target->focusProxy())
            target = target->focusProxy();
        if (!reached.contains(target))
            out << describe(w) + QStringLiteral(" (not reached by Tab)");
        const auto *text = qobject_cast<const QTextEdit *>(w);
        const auto *plain = qobject_cast<const QPlainTextEdit *>(w);
        if ((text && !text->tabChangesFocus() && !text->isReadOnly())
            || (plain && !plain->tabChangesFocus() && !plain->isReadOnly()))
            out << describe(w) + QStringLiteral(" (Tab is typed into it: no way out)");
    }
    return out;
}

// Consecutive Tab stops that go back against the reading order: to a control wholly above that
// is not in a column to the right, or on the same line to the left. A jump up and to the right is
// the next column of a side-by-side layout and is fine. Tab cycles, so the walk starts at the
// control that comes first in reading order (top, then left), and the wrap from the last stop back
// to it is not a step back.
inline QStringList tabOrderAgainstLayout(QWidget *dialog, int tolerance = 6)
{
    QList<QWidget *> order;
    for (QWidget *w : tabOrder(dialog)) {
        if (isInteractiveKind(w))
            order << w;
    }
    qsizetype first = 0;
    for (qsizetype i = 1; i < order.size(); ++i) {
        const QPoint p = order[i]->mapTo(dialog, QPoint(0, 0));
        const QPoint best = order[first]->mapTo(dialog, QPoint(0, 0));
        if (p.y() + tolerance < best.y()
            || (qAbs(p.y() - best.y()) <= tolerance && p.x() < best.x()))
            first = i;
    }
    order = order.mid(first) + order.mid(0, first);
    QStringList out;
    for (int i = 1; i < order.size(); ++i) {
        const QRect a(order[i - 1]->mapTo(dialog, QPoint(0, 0)), order[i - 1]->size());
        const QRect b(order[i]->mapTo(dialog, QPoint(0, 0)), order[i]->size());
        const bool above = b.bottom() + tolerance < a.top();
        const bool sameLine = !above && b.top() <= a.bottom() && a.top() <= b.bottom();
        const bool rightColumn = b.left() >= a.right() - tolerance;
        if ((above && !rightColumn) || (sameLine && b.right() + tolerance < a.left()))
            out << describe(order[i - 1]) + QStringLiteral("  ->  ") + describe(order[i]);
    }
    return out;
}

} // namespace kakiyo::test
