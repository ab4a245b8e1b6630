#!/usr/bin/env python3
"""Where the GUI thread spends a stall: its longest runs on the CPU, from a perf recording.

A stall of the window is the GUI thread busy (or waiting) while input waits. This reads a
`perf record --call-graph dwarf` of a program (bench_window, featuredesk), keeps the samples of
its main thread (thread id = process id) from the first sample whose stack holds MARKER on,
cuts them into runs (samples closer than GAP seconds: the thread on the CPU without a break),
and prints the longest runs with the functions on their stacks, by how many samples hold them
(event-loop frames left out). A run of 60 samples at -F 1000 is 60 ms on the CPU in one go.
A stall that shows no long run was the thread waiting (a lock, the disk) or not scheduled (a
loaded machine); `perf sched timehist` tells those apart.

  perf record -F 1000 --call-graph dwarf,16384 -o perf.data build/bin/bench_window ... --actions attach
  scripts/bench/gui-thread-runs.py perf.data WindowScript::linkAll [--gap 0.0025] [--runs 4]
"""
import argparse
import collections
import re
import subprocess
import sys

LOOP_FRAMES = ('QCoreApplication', 'QApplication', 'QEventLoop', 'QEventDispatcher', 'g_main',
               '__libc', '_start', 'main', '[unknown]', 'fd::bench::WindowScript::waitUntil')


def samples(data):
    out = subprocess.run(['perf', 'script', '-i', data, '-F', 'pid,tid,time,ip,sym'],
                         capture_output=True, text=True, check=True).stdout
    current = None
    for line in out.splitlines():
        head = re.match(r'^\s*(\d+)/(\d+)\s+(\d+\.\d+):', line)
        if head:
            if current:
                yield current
            current = (int(head.group(1)), int(head.group(2)), float(head.group(3)), [])
            continue
        line = line.strip()
        if line and current:
            parts = line.split(None, 1)
            current[3].append(re.sub(r'\s*\(.*', '', parts[-1]))
    if current:
        yield current


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('data')
    parser.add_argument('marker', help='a function on the stack where the stretch begins')
    parser.add_argument('--gap', type=float, default=0.0025,
                        help='seconds between samples that still count as one run (2.5 samples '
                             'at -F 1000)')
    parser.add_argument('--runs', type=int, default=4)
    parser.add_argument('--frames', type=int, default=25)
    args = parser.parse_args()

    main_thread = [s for s in samples(args.data) if s[0] == s[1]]
    start = next((i for i, s in enumerate(main_thread)
                  if any(args.marker in frame for frame in s[3])), None)
    if start is None:
        sys.exit(f'no sample of the main thread has {args.marker} on its stack')
    main_thread = main_thread[start:]
    runs, first = [], 0
    for i in range(1, len(main_thread) + 1):
        if i == len(main_thread) or main_thread[i][2] - main_thread[i - 1][2] > args.gap:
            runs.append((main_thread[i - 1][2] - main_thread[first][2], first, i))
            first = i
    print(f'{len(main_thread)} samples of the main thread from the first with {args.marker}')
    for length, first, end in sorted(runs, reverse=True)[:args.runs]:
        at = main_thread[first][2] - main_thread[0][2]
        print(f'=== run of {length * 1000:.1f} ms at +{at:.3f} s, {end - first} samples')
        held = collections.Counter()
        for sample in main_thread[first:end]:
            held.update(set(sample[3]))
        shown = [(frame, n) for frame, n in held.most_common()
                 if not frame.startswith(LOOP_FRAMES)]
        for frame, n in shown[:args.frames]:
            print(f'  {n:5d}  {frame[:120]}')


if __name__ == '__main__':
    main()
