// ImportNews: says when a status poll (ProspectsApi::importStatus, whoever asked: the add-prospect
// dialog, the import wizard, the command line) finds an import finished, so the live desk can
// raise its "import finished" alert without knowing who started the import. One per ApiSession,
// attached to it as a child object (of(session) finds or makes it).
#pragma once

#include "models/domain/ImportStatus.h"

#include <QObject>

namespace kakiyo {

class ApiSession;

class ImportNews final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportNews)

public:
    static ImportNews *of(ApiSession *session);

    void report(const ImportStatus &status) { emit finished(status); }

signals:
    void finished(const kakiyo::ImportStatus &status); // once per answer that says so

private:
    explicit ImportNews(QObject *parent);
};

} // namespace kakiyo
