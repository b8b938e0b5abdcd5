#pragma once
// Teardown: a widget's children are deleted by ~QWidget, after the widget's own destructor has
// run — and some of them still emit signals on their way out (a line edit that loses focus emits
// editingFinished, a list view emits currentChanged as its model goes). A slot or lambda of the
// half-destroyed widget must never run then. Widgets whose slots touch their members call
// disconnectChildren(this) first thing in their destructor.

class QObject;

namespace kakiyo {

// Disconnects every signal of `receiver`'s descendants from `receiver` (its slots and the lambdas
// connected with it as context). Connections to other objects are kept.
void disconnectChildren(QObject *receiver);

} // namespace kakiyo
