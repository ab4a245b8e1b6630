#pragma once

class QLabel;

namespace fd::details {

// How the side panels beside the table views (the set details, the artifact details) show their
// labels, so that both look alike: a bold, slightly larger title; plain text that wraps and can be
// selected and copied; a grey centred hint while nothing is selected.
void styleTitle(QLabel *title);
void styleText(QLabel *text);
void stylePlaceholder(QLabel *placeholder);

} // namespace fd::details
