#!/usr/bin/env python3
"""Prints the figures of how the code is housed, for the README's development section.

    scripts/house-figures.py [CHECKOUT]     (default: this checkout)

- files directly in model/ (not in one of its domain folders);
- MainWindow.cpp's lines;
- the ten longest functions of the product code (model/, ui/, app/), by Universal Ctags' extents
  (apt-get install universal-ctags);
- lines of product code over the 100 columns of .clang-format;
- when the `duplicates` command is on PATH: the pairs of places in the product code that share six
  or more lines, those that are not boilerplate, and the lines of the longest shared run of each.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PRODUCT = ("model", "ui", "app")
SOURCE = (".cpp", ".h")


def product_files(root):
    for folder in PRODUCT:
        for base, _, names in os.walk(os.path.join(root, folder)):
            for name in sorted(names):
                if name.endswith(SOURCE):
                    yield os.path.join(base, name)


def longest_functions(root, count=10):
    found = []
    for path in product_files(root):
        if not path.endswith(".cpp"):
            continue
        out = subprocess.run(
            ["ctags", "--fields=+ne", "--c++-kinds=f", "--output-format=json", "-o", "-", path],
            capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            tag = json.loads(line)
            if tag.get("kind") != "function" or tag["name"].startswith("__anon"):
                continue
            if "end" not in tag:
                continue
            scope = tag.get("scope", "")
            scope = re.sub(r"^fd::(cli::)?|__anon\w+(::)?", "", scope)
            name = f"{scope}::{tag['name']}" if scope else tag["name"]
            found.append((tag["end"] - tag["line"] + 1, os.path.relpath(path, root), name))
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    return found[:count]


def duplicate_figures(root):
    if not shutil.which("duplicates"):
        return None
    with tempfile.TemporaryDirectory() as copy:
        for folder in PRODUCT:
            shutil.copytree(os.path.join(root, folder), os.path.join(copy, folder))
        out = subprocess.run(["duplicates", "--most", "200", "--seconds", "120"], cwd=copy,
                             capture_output=True, text=True, check=False).stdout
    pairs = real = lines = 0
    for row in out.splitlines():
        match = re.match(r"D\d+ \S+:(\d+)-(\d+) ~ ", row)
        if not match:
            continue
        pairs += 1
        if "boilerplate" in row:
            continue
        real += 1
        lines += int(match.group(2)) - int(match.group(1)) + 1
    more = re.search(r"\(\+(\d+) more pairs\)", out)
    return pairs + (int(more.group(1)) if more else 0), real, lines


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                           os.path.join(os.path.dirname(__file__), ".."))
    model = os.path.join(root, "model")
    direct = [n for n in os.listdir(model)
              if os.path.isfile(os.path.join(model, n)) and n.endswith(SOURCE)]
    print(f"files directly in model/: {len(direct)}")
    with open(os.path.join(root, "ui", "MainWindow.cpp"), encoding="utf-8") as f:
        print(f"ui/MainWindow.cpp: {sum(1 for _ in f)} lines")
    wide = 0
    for path in product_files(root):
        with open(path, encoding="utf-8") as f:
            wide += sum(1 for line in f if len(line.rstrip("\n")) > 100)
    print(f"product lines over 100 columns: {wide}")
    dup = duplicate_figures(root)
    if dup:
        print(f"duplicates in product code: {dup[0]} pairs, {dup[1]} not boilerplate, "
              f"sharing {dup[2]} lines")
    print("longest functions:")
    for length, path, name in longest_functions(root):
        print(f"  {length:4d}  {path}  {name}")


if __name__ == "__main__":
    main()
