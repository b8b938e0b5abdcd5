#include "ui/CommandPalette.h"

#include "ui/FuzzyMatch.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace kakiyo {

namespace {
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
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Matching commands"));
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_list, &QListWidget::itemActivated, this, [this] { runCurrent(); });
    m_filter->installEventFilter(this);
    parent->installEventFilter(this);
    hide();
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
    for (int i = 0; i < m_list->count(); ++i)
        names << m_list->item(i)->data(Qt::AccessibleTextRole).toString();
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
        auto *item = new QListWidgetItem(a->icon(),
            shortcut.isEmpty() ? plainText(a)
                               : QStringLiteral("%1\t%2").arg(plainText(a), shortcut));
        item->setData(kActionIndexRole, h.index);
        item->setData(Qt::AccessibleTextRole, plainText(a));
        if (!shortcut.isEmpty())
            item->setToolTip(shortcut);
        m_list->addItem(item);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    hide();
    if (!item)
        return;
    QAction *a = m_actions.value(item->data(kActionIndexRole).toInt());
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
            m_list->setCurrentRow(qMin(m_list->currentRow() + 1, m_list->count() - 1));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentRow(qMax(m_list->currentRow() - 1, 0));
            return true;
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
