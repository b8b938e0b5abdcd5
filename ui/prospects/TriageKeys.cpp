#include "ui/prospects/TriageKeys.h"

#include "ui/prospects/ConversationView.h"
#include "ui/prospects/ProspectsPage.h"

#include <QPushButton>
#include <QShortcut>
#include <QTableView>

namespace kakiyo {

void installTriageKeys(ProspectsPage *page)
{
    auto shortcut = [page](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, page);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(s, &QShortcut::activated, page, slot);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [page] { page->nextProspect(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [page] { page->previousProspect(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        [page] { page->conversation()->pauseButton()->click(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        [page] { page->conversation()->resumeButton()->click(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
        [page] { page->conversation()->qualifyButton()->click(); });
    page->conversation()->pauseButton()->setToolTip(
        ProspectsPage::tr("Pause this conversation (Ctrl+Shift+P)"));
    page->conversation()->resumeButton()->setToolTip(
        ProspectsPage::tr("Resume this conversation (Ctrl+Shift+R)"));
    page->conversation()->qualifyButton()->setToolTip(
        ProspectsPage::tr("Mark as qualified (Ctrl+Shift+Q)"));
    page->table()->setToolTip(ProspectsPage::tr("Next prospect: Alt+Down · previous: Alt+Up"));
}

} // namespace kakiyo
