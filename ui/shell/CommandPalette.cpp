#include "ui/shell/CommandPalette.h"

#include "ui/shell/FuzzyMatch.h"
#include "ui/shell/Teardown.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace kakiyo {

namespace {

QIcon blankIcon()
{
    QPixmap blank(16, 16);
    blank.fill(Qt::transparent);
    return QIcon(blank);
}
constexpr int kActionIndexRole = Qt::UserRole + 1;

QString plainText(const QAction *action)
{
    QString t = action->text();
    t.remove(QLatin1Char('&'));
    return t;
}
} // namespace

CommandPalette::CommandPalette(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("paletteFilter"));
    m_filter->setPlaceholderText(tr("Type a command…"));
    m_filter->setAccessibleName(tr("Command filter"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Matching commands"));
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the filter
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_list);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { runCurrent(); });
    m_filter->installEventFilter(this);
    parent->installEventFilter(this);
    hide();
}

CommandPalette::~CommandPalette()
{
    // Children still signal while ~QWidget deletes them: none of it may reach this half-destroyed
    // object (see Teardown.h).
    disconnectChildren(this);
}

void CommandPalette::setActions(const QList<QAction *> &actions)
{
    m_actions.clear();
    for (QAction *a : actions)
        m_actions.append(a);
}

void CommandPalette::open()
{
    m_filter->clear();
    filter(QString());
    place();
    show();
    raise();
    m_filter->setFocus(Qt::ShortcutFocusReason);
}

QStringList CommandPalette::visibleCommands() const
{
    QStringList names;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        names << m_list->topLevelItem(i)->data(0, Qt::AccessibleTextRole).toString();
    return names;
}

void CommandPalette::filter(const QString &text)
{
    struct Hit
    {
        int score;
        int index;
    };
    QList<Hit> hits;
    for (int i = 0; i < m_actions.size(); ++i) {
        const QAction *a = m_actions.at(i);
        if (!a || !a->isEnabled() || !a->isVisible())
            continue;
        const int s = FuzzyMatch::score(text, plainText(a));
        if (s >= 0)
            hits.append({s, i});
    }
    if (!text.isEmpty())
        std::stable_sort(
            hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.score > b.score; });
    m_list->clear();
    for (const Hit &h : hits) {
        const QAction *a = m_actions.at(h.index);
        const QString shortcut = a->shortcut().toString(QKeySequence::NativeText);
        auto *item = new QTreeWidgetItem(m_list, {plainText(a), shortcut});
        // Entries without an icon keep their text in line with the others.
        item->setIcon(0, a->icon().isNull() ? blankIcon() : a->icon());
        item->setData(0, kActionIndexRole, h.index);
        item->setData(0, Qt::AccessibleTextRole, plainText(a));
        item->setForeground(1, palette().color(QPalette::PlaceholderText));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void CommandPalette::runCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    hide();
    if (!item)
        return;
    QAction *a = m_actions.value(item->data(0, kActionIndexRole).toInt());
    if (a)
        a->trigger();
}

void CommandPalette::place()
{
    QWidget *p = parentWidget();
    const int w = qMin(560, p->width() - 40);
    const int h = qMin(380, p->height() - 80);
    setGeometry((p->width() - w) / 2, 60, w, h);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            const int count = m_list->topLevelItemCount();
            if (count == 0)
                return true;
            const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
            const int next
                = key->key() == Qt::Key_Down ? qMin(row + 1, count - 1) : qMax(row - 1, 0);
            m_list->setCurrentItem(m_list->topLevelItem(next));
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            if (parentWidget())
                parentWidget()->setFocus();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace kakiyo
