// What the Do Not Contact page tests (tst_dncpage_list, tst_dncpage_add) share: reading the
// sandbox's list directly, seeding it, and opening the page in a desk connected to a fresh sandbox.
// A test class derives from QObject and from DncPageFixture.
#pragma once

#include "DeskFixture.h"
#include "models/DncListModel.h"
#include "ui/dnc/DncListEditor.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QSet>
#include <QTest>

namespace kakiyo::test {

// Every entry the server lists, read with the largest page (the seed has far fewer).
inline QJsonArray serverEntries(SandboxProcess &sandbox)
{
    const HttpReply reply = sandbox.call("GET", QStringLiteral("/dnc?limit=1000"));
    if (reply.status != 200)
        return {};
    return reply.object().value("data").toObject().value("entries").toArray();
}

inline QSet<QString> serverUrls(SandboxProcess &sandbox)
{
    QSet<QString> urls;
    for (const QJsonValue &e : serverEntries(sandbox))
        urls.insert(e["url"].toString());
    return urls;
}

inline bool serverHasId(SandboxProcess &sandbox, const QString &id)
{
    for (const QJsonValue &e : serverEntries(sandbox)) {
        if (e["$id"].toString() == id)
            return true;
    }
    return false;
}

// Puts n new entries on the server's list directly (one sandbox call, not through the app).
inline bool seedEntries(SandboxProcess &sandbox, int n, const QString &prefix)
{
    QJsonArray entries;
    for (int i = 0; i < n; ++i)
        entries.append(QJsonObject {
            {"url", QStringLiteral("https://linkedin.com/in/%1-%2").arg(prefix).arg(i)}});
    const HttpReply reply
        = sandbox.call("POST", QStringLiteral("/dnc/batch"), QJsonObject {{"entries", entries}});
    return reply.status == 201
        && reply.object().value("data").toObject().value("added").toInt() == n;
}

inline QStringList newUrls(int n, const QString &prefix)
{
    QStringList urls;
    for (int i = 0; i < n; ++i)
        urls << QStringLiteral("linkedin.com/in/%1-%2").arg(prefix).arg(i);
    return urls;
}

// Headers, corner buttons and clear buttons belong to the control around them.
inline bool partOfAnotherControl(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QLineEdit *>(p)
            || qobject_cast<const QComboBox *>(p))
            return true;
    }
    return false;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

class DncPageFixture
{
protected:
    // Starts the desk on a fresh sandbox and shows the page once its list has loaded.
    DncListEditor *open(ConnectedDesk &d)
    {
        if (!d.start())
            return nullptr;
        d.window()->resize(1280, 820);
        d.window()->goTo(MainWindow::PageId::Dnc);
        Page *page = d.window()->currentPage();
        auto *editor = page ? page->findChild<DncListEditor *>() : nullptr;
        if (!editor)
            return nullptr;
        bool ok = false;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                editor->list()->hasLoaded() && !editor->list()->isLoading(), 20000);
            ok = true;
        }();
        return ok ? editor : nullptr;
    }
};

} // namespace kakiyo::test
