#include "ui/keys/KeyManagerDialog.h"

#include "models/api/ApiError.h"
#include "models/api/KeyVerifier.h"
#include "models/api/ServerGeneration.h"
#include "models/live/AutoRefresh.h"
#include "models/store/KeyStore.h"
#include "models/store/MemoryKeyStore.h"
#include "models/store/Profiles.h"
#include "ui/shell/MessageBox.h"
#include "ui/shell/Teardown.h"
#include "ui/shell/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace kakiyo {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

void setTone(QLabel *label, const char *tone)
{
    // The theme's style sheet colours labels by their "tone" property.
    label->setProperty("tone", QString::fromLatin1(tone));
    label->setMargin(*tone ? 6 : 0);
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

KeyManagerDialog::KeyManagerDialog(Profiles *profiles, KeyStore *store, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_store(store)
    , m_verifier(new KeyVerifier(this))
{
    setObjectName(QStringLiteral("keyManagerDialog"));
    connect(m_verifier, &KeyVerifier::finished, this, &KeyManagerDialog::keyVerified);
    setWindowTitle(tr("Manage keys"));
    resize(720, 440);

    // Left: the profiles.
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setMinimumWidth(190);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addProfile"));
    m_add->setAccessibleName(tr("Add a profile"));
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    m_remove->setAccessibleName(tr("Remove the selected profile"));
    m_switch = new QPushButton(tr("Switch to it"), this);
    m_switch->setObjectName(QStringLiteral("switchProfile"));
    m_switch->setAccessibleName(tr("Switch to the selected profile"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addWidget(m_switch);

    // Right: the selected profile.
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setAccessibleName(tr("Profile name"));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setAccessibleName(tr("API base URL"));
    m_baseUrl->setPlaceholderText(Profile::defaultBaseUrl().toString());
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste the 40-character key"));
    m_key->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_showKey = new QToolButton(this);
    m_showKey->setObjectName(QStringLiteral("showKey"));
    m_showKey->setText(tr("Show"));
    m_showKey->setCheckable(true);
    m_showKey->setAccessibleName(tr("Show the key"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_showKey);
    m_keyHint = new QLabel(this);
    m_keyHint->setObjectName(QStringLiteral("keyHint"));
    m_keyHint->setAccessibleName(tr("Key check"));
    m_keyHint->setWordWrap(true);
    m_verify = new QPushButton(tr("Verify and save"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setAccessibleName(tr("Verify the key and save it"));
    m_verify->setDefault(true);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setAccessibleName(tr("Verification result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Base &URL"), m_baseUrl);
    // A row whose field is a layout gets no buddy from QFormLayout: set it so the mnemonic works.
    auto *keyLabel = new QLabel(tr("API &key"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);
    form->addRow(QString(), m_keyHint);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addStretch(1);
    form->addRow(QString(), verifyRow);
    form->addRow(QString(), m_result);

    // What the server showed about credits, and the user's word over it.
    m_server = new QLabel(this);
    m_server->setObjectName(QStringLiteral("serverGeneration"));
    m_server->setAccessibleName(tr("API generation of the server"));
    m_server->setWordWrap(true);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_billing = new QComboBox(this);
    m_billing->setObjectName(QStringLiteral("billingChoice"));
    m_billing->setAccessibleName(tr("Do API calls cost credits"));
    for (const auto billing : {ServerGeneration::Billing::Automatic,
             ServerGeneration::Billing::CreditPerCall, ServerGeneration::Billing::NoCredits})
        m_billing->addItem(ServerGeneration::describe(billing), int(billing));
    connect(m_billing, &QComboBox::activated, this, [this] {
        const QString id = selectedProfileId();
        if (id.isEmpty())
            return;
        ServerGeneration::setBillingFor(
            id, ServerGeneration::Billing(m_billing->currentData().toInt()));
        showServer();
    });
    form->addRow(tr("Server"), m_server);
    form->addRow(tr("&Credits per call"), m_billing);

    m_storage = new QLabel(tr("Checking secure storage on this machine…"), this);
    m_storage->setObjectName(QStringLiteral("storageStatus"));
    m_storage->setAccessibleName(tr("Secure storage"));
    m_storage->setWordWrap(true);
    m_sessionOnly = new QCheckBox(tr("Use for this session only"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnly"));
    m_sessionOnly->setAccessibleName(tr("Keep keys for this session only"));
    m_sessionOnly->setVisible(false);
    m_sessionWarning = new QLabel(
        tr("The key is kept in memory and forgotten when Kakiyo Desk quits: you will paste it "
           "again next time. It is never written to disk."),
        this);
    m_sessionWarning->setObjectName(QStringLiteral("sessionWarning"));
    m_sessionWarning->setWordWrap(true);
    m_sessionWarning->setVisible(false);
    setTone(m_sessionWarning, "warning");

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch(1);
    right->addWidget(m_storage);
    right->addWidget(m_sessionOnly);
    right->addWidget(m_sessionWarning);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addSpacing(12);
    columns->addLayout(right, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("closeButtons"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the key field verifies; the Close button must not grab it.
    if (QPushButton *b = close->button(QDialogButtonBox::Close))
        b->setAutoDefault(false);

    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns, 1);
    outer->addWidget(close);

    connect(m_list, &QListWidget::currentItemChanged, this, [this] { showSelected(); });
    connect(m_add, &QPushButton::clicked, this, &KeyManagerDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &KeyManagerDialog::removeSelected);
    connect(m_switch, &QPushButton::clicked, this, &KeyManagerDialog::switchToSelected);
    connect(m_name, &QLineEdit::editingFinished, this, [this] { renameSelected(m_name->text()); });
    connect(m_key, &QLineEdit::textChanged, this, &KeyManagerDialog::updateKeyHint);
    connect(m_key, &QLineEdit::returnPressed, this, [this] {
        if (m_verify->isEnabled())
            verifyAndSave();
    });
    connect(m_showKey, &QToolButton::toggled, this, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("Hide") : tr("Show"));
        m_showKey->setAccessibleName(shown ? tr("Hide the key") : tr("Show the key"));
    });
    connect(m_verify, &QPushButton::clicked, this, &KeyManagerDialog::verifyAndSave);
    connect(m_sessionOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_sessionWarning->setVisible(on);
        updateKeyHint();
    });

    // A first run has no profile: start with one so the form is usable at once.
    if (m_profiles->isEmpty())
        m_profiles->add(tr("My team"));
    reloadList(m_profiles->currentId());
    updateKeyHint();

    m_store->probe(this, [this](const KeyStoreResult &r) {
        m_storageWorks = r.ok();
        if (r.ok() && m_store->isPersistent()) {
            m_storage->setText(tr("Secure storage works on this machine: keys are kept in the "
                                  "system keychain."));
            setTone(m_storage, "info");
        } else if (r.ok()) {
            m_storage->setText(tr("Keys are kept for this session only."));
            setTone(m_storage, "warning");
        } else {
            m_storage->setText(tr("Secure storage does not work on this machine (%1). Keys "
                                  "cannot be saved between sessions.")
                                   .arg(r.message));
            setTone(m_storage, "error");
            m_sessionOnly->setVisible(true);
        }
        updateKeyHint();
        emit storageChecked(r.ok());
    });
}

KeyManagerDialog::~KeyManagerDialog()
{
    // The child widgets die after this destructor, and some still signal while they go (the name
    // field emits editingFinished as it loses focus): none of that may reach a half-destroyed
    // dialog.
    disconnectChildren(this);
}

QString KeyManagerDialog::selectedProfileId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void KeyManagerDialog::selectProfile(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toString() == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

KeyStore *KeyManagerDialog::activeStore() const
{
    if (!m_storageWorks && m_sessionOnly->isChecked()) {
        if (!m_sessionStore)
            const_cast<KeyManagerDialog *>(this)->m_sessionStore
                = std::make_unique<MemoryKeyStore>();
        return m_sessionStore.get();
    }
    return m_store;
}

void KeyManagerDialog::reloadList(const QString &selectId)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QString current = m_profiles->currentId();
    for (const Profile &p : m_profiles->all()) {
        auto *item = new QListWidgetItem(
            p.id == current ? tr("%1 (current)").arg(p.name) : p.name, m_list);
        item->setData(IdRole, p.id);
        item->setToolTip(p.baseUrl.toString());
        if (p.id == selectId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showSelected();
}

void KeyManagerDialog::showSelected()
{
    const auto profile = m_profiles->find(selectedProfileId());
    m_name->setText(profile ? profile->name : QString());
    m_baseUrl->setText(profile ? profile->baseUrl.toString() : QString());
    m_key->clear();
    setResult({}, false);
    m_remove->setEnabled(profile.has_value());
    m_switch->setEnabled(profile.has_value());
    m_name->setEnabled(profile.has_value());
    m_baseUrl->setEnabled(profile.has_value());
    m_key->setEnabled(profile.has_value());
    m_billing->setEnabled(profile.has_value());
    showServer();
    updateKeyHint();
}

void KeyManagerDialog::showServer()
{
    const auto profile = m_profiles->find(selectedProfileId());
    if (!profile) {
        m_server->clear();
        return;
    }
    // What the running connection (or an earlier one) stored for this profile and address.
    ServerGeneration stored;
    stored.setServer(profile->id, profile->baseUrl);
    // The row is labelled "Server": its first line is the generation itself, then the why.
    const QString summary = stored.summary();
    m_server->setText(ServerGeneration::describe(stored.detected()) + QLatin1Char('\n')
        + summary.section(QLatin1Char('\n'), 1));
    const QSignalBlocker block(m_billing);
    m_billing->setCurrentIndex(std::max(0, m_billing->findData(int(stored.billing()))));
}

void KeyManagerDialog::updateKeyHint()
{
    const ApiKey key = ApiKey::fromUserInput(m_key->text());
    const int length = static_cast<int>(key.text().size());
    const bool valid = key.isWellFormed();
    QString hint = tr("%1 / %2 characters").arg(length).arg(ApiKey::Length);
    if (length > 0 && !valid)
        hint += QStringLiteral(" — ") + key.problem();
    else if (valid)
        hint += QStringLiteral(" — ") + tr("looks right");
    m_keyHint->setText(hint);
    m_keyHint->setAccessibleDescription(hint);
    const QColor colour = length == 0 ? Theme::muted() : valid ? Theme::success() : Theme::danger();
    m_keyHint->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    m_key->setProperty("valid", length == 0 ? QVariant() : QVariant(valid));
    const bool storeReady = m_storageWorks || m_sessionOnly->isChecked();
    m_verify->setEnabled(valid && !m_busy && storeReady && !selectedProfileId().isEmpty());
}

void KeyManagerDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_list->setEnabled(!busy);
    m_add->setEnabled(!busy);
    m_verify->setText(busy ? tr("Verifying…") : tr("Verify and save"));
    updateKeyHint();
}

void KeyManagerDialog::setResult(const QString &text, bool isError)
{
    m_result->setText(text);
    m_result->setAccessibleDescription(text);
    setTone(m_result, text.isEmpty() ? "" : isError ? "error" : "info");
}

void KeyManagerDialog::addProfile()
{
    QString name = tr("New profile");
    for (int n = 2; m_profiles->findByName(name); ++n)
        name = tr("New profile %1").arg(n);
    const auto added = m_profiles->add(name);
    if (!added) {
        setResult(m_profiles->errorString(), true);
        return;
    }
    reloadList(added->id);
    m_name->setFocus();
    m_name->selectAll();
}

void KeyManagerDialog::renameSelected(const QString &newName)
{
    const QString id = selectedProfileId();
    const auto profile = m_profiles->find(id);
    if (!profile || profile->name == newName.trimmed())
        return;
    if (!m_profiles->rename(id, newName.trimmed())) {
        setResult(m_profiles->errorString(), true);
        m_name->setText(profile->name);
        return;
    }
    const QString keep = m_key->text();
    reloadList(id);
    m_key->setText(keep);
}

void KeyManagerDialog::removeSelected()
{
    const QString id = selectedProfileId();
    const auto profile = m_profiles->find(id);
    if (!profile)
        return;
    const auto answer = MessageBox::question(this, tr("Remove profile"),
        tr("Remove the profile \"%1\" and its stored key from this computer? The key itself "
           "stays valid on the Kakiyo side.")
            .arg(profile->name));
    if (answer != QMessageBox::Yes)
        return;
    // The key goes first so no orphaned secret is left behind if removing the profile fails.
    activeStore()->remove(id, this, [this, id](const KeyStoreResult &r) {
        if (!r.ok()) {
            setResult(tr("The stored key could not be removed: %1").arg(r.message), true);
            return;
        }
        if (!m_profiles->remove(id)) {
            setResult(m_profiles->errorString(), true);
            return;
        }
        ServerGeneration::forget(id);
        AutoRefresh::forget(id);
        reloadList(m_profiles->currentId());
    });
}

void KeyManagerDialog::switchToSelected()
{
    const auto profile = m_profiles->find(selectedProfileId());
    if (!profile)
        return;
    const ApiKey typed = ApiKey::fromUserInput(m_key->text());
    if (typed.isWellFormed()) {
        // A new key typed in: it must be verified before it is used.
        verifyAndSave();
        return;
    }
    activeStore()->load(profile->id, this, [this, profile](const KeyStoreResult &r) {
        if (!r.ok()) {
            setResult(r.status == KeyStoreResult::Status::NotFound
                    ? tr("No key is stored for \"%1\" yet: paste it and choose Verify and save.")
                          .arg(profile->name)
                    : r.message,
                true);
            return;
        }
        m_profiles->setCurrent(profile->id);
        reloadList(profile->id);
        setResult(tr("Switched to \"%1\".").arg(profile->name), false);
        emit profileReady(profile->id, profile->name, profile->baseUrl, r.key.text());
    });
}

void KeyManagerDialog::verifyAndSave()
{
    const QString id = selectedProfileId();
    auto profile = m_profiles->find(id);
    const ApiKey key = ApiKey::fromUserInput(m_key->text());
    if (!profile || !key.isWellFormed() || m_busy)
        return;
    renameSelected(m_name->text());
    profile = m_profiles->find(id);
    if (!profile)
        return;

    const QString urlText = m_baseUrl->text().trimmed();
    const QUrl baseUrl
        = urlText.isEmpty() ? Profile::defaultBaseUrl() : QUrl::fromUserInput(urlText);
    Profile changed = *profile;
    changed.baseUrl = baseUrl;
    if (changed.baseUrl != profile->baseUrl && !m_profiles->update(changed)) {
        setResult(m_profiles->errorString(), true);
        emit verifyFinished(false);
        return;
    }

    setBusy(true);
    setResult(tr("Checking the key with %1…").arg(baseUrl.host()), false);
    m_pendingKey = {id, key};
    m_verifier->verify(baseUrl, key, id);
}

void KeyManagerDialog::keyVerified(const KeyVerification &result)
{
    const auto [id, key] = std::exchange(m_pendingKey, {});
    if (!result.ok) {
        setBusy(false);
        setResult(result.error.userMessage(), true);
        emit verifyFinished(false);
        return;
    }
    saveKey(id, key, result.teamId);
}

void KeyManagerDialog::saveKey(const QString &profileId, const ApiKey &key, const QString &teamId)
{
    KeyStore *store = activeStore();
    const bool persistent = store->isPersistent();
    store->save(
        profileId, key, this, [this, profileId, key, teamId, persistent](const KeyStoreResult &r) {
            setBusy(false);
            if (!r.ok()) {
                setResult(
                    tr("The key works (team %1) but could not be saved: %2").arg(teamId, r.message),
                    true);
                emit verifyFinished(false);
                return;
            }
            m_profiles->setCurrent(profileId);
            m_profiles->sync();
            const auto profile = m_profiles->find(profileId);
            reloadList(profileId);
            setResult(persistent
                    ? tr("Key verified for team %1 and saved in the keychain.").arg(teamId)
                    : tr("Key verified for team %1; kept for this session only.").arg(teamId),
                false);
            emit verifyFinished(true);
            if (profile)
                emit profileReady(profileId, profile->name, profile->baseUrl, key.text());
        });
}

} // namespace kakiyo
