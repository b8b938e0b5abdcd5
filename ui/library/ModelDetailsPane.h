// One AI model's details beside the Library's model list: what GET /models/{id} says about it —
// name, id (selectable, to paste into a prompt), status and its three prices. Asked when a row is
// activated or becomes current, through ModelsApi and the scheduler (a cached answer first, like
// every read); an answer that cannot be read, or an error, is said in the pane in plain words.
#pragma once

#include "models/domain/Model.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace kakiyo {

class Connection;

class ModelDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelDetailsPane)

public:
    explicit ModelDetailsPane(Connection *session, QWidget *parent = nullptr);

    // Asks for this model (drops the answer of an earlier request); `refresh` skips the cache.
    void showModel(const QString &id, bool refresh = false);
    void clear();

    bool isLoading() const { return m_loading; }
    QString shownId() const { return m_model.id; }
    const Model &model() const { return m_model; }
    QString stateText() const;
    QString fieldText(const QString &objectName) const;
    bool fromCache() const { return m_fromCache; }

signals:
    void shown(bool ok);

private:
    void setState(const QString &text, bool error);
    void fill(const Model &model);

    Connection *m_connection;
    QObject *m_owner = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QWidget *m_fields = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_input = nullptr;
    QLabel *m_output = nullptr;
    QLabel *m_cached = nullptr;
    QToolButton *m_refresh = nullptr;
    Model m_model;
    QString m_asked;
    bool m_loading = false;
    bool m_fromCache = false;
};

} // namespace kakiyo
