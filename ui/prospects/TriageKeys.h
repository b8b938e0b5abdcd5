// The Prospects page's keyboard triage: Alt+Down / Alt+Up move to the next / previous prospect,
// Ctrl+Shift+P / R / Q pause, resume or qualify the open conversation; page-wide, so the keys
// work from the table and from the conversation, and the buttons' tooltips say them.
#pragma once

namespace kakiyo {

class ProspectsPage;

void installTriageKeys(ProspectsPage *page);

} // namespace kakiyo
