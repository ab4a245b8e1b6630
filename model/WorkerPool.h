#pragma once

class QThreadPool;

namespace fd {

// The pool for FeatureDesk's own work off the GUI thread that has no pool of its own: jobs
// started without one, indexes built, large structures freed, helpers of a search. Never Qt's
// global pool: Qt 6.4's raster paint engine splits large fills and lines over that pool and
// waits on the GUI thread until they are done, so a job of ours
// holding one of its threads made every repaint wait behind it (31-55 ms stalls while the gene
// finder's index was built after a detach, on a machine with 2 cores). tests/CMakeLists.txt has a
// check that no source uses the global pool.
QThreadPool &workerPool();

// Gives the calling thread a lower share of the processors than the GUI thread (nice +5 on
// Linux; once per thread, nothing elsewhere). Every worker that reads or writes the registry or a
// file calls it first: on a 2-core workstation a write, a view's count and the window's painting
// (whose raster helpers Qt runs on its own pool threads, waited for on the GUI thread) compete for
// the cores, and the painting must win.
void yieldToTheWindow();

} // namespace fd
