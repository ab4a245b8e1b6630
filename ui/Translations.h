#pragma once

namespace fd::translations {

// Installs Qt's own translation (standard buttons, dialogs) and FeatureDesk's for QLocale(), the
// default locale, replacing what an earlier call installed. FeatureDesk's falls back to English,
// whose translation holds the plural forms ("1 record"). Widgets made afterwards use them; the
// app calls it once at start, the screenshot tool once per language.
void install();

} // namespace fd::translations
