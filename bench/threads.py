#!/usr/bin/env python3
"""CPU seconds by kind of thread of a running program, for bench/run.sh.

    threads.py PID OUT    # polls every half second until PID exits, then writes OUT

Reads /proc/<pid>/task/<tid>/stat of PID and of every process below it, keeps the last CPU time
(user + sys) seen for each thread, and writes one line per kind of thread: "kind seconds". A
thread that ends between two polls loses at most half a second. The kinds are the JVM's and
Spark's thread names: Spark task threads, the JIT compilers (C2, C1), the garbage collector, the
driver's main thread, the report's chart threads, the export when it runs beside the report (on
one core it runs on the main thread), and the rest.
"""
import os
import sys
import time

KINDS = [  # (kind, thread name prefix); /proc truncates names to 15 characters
    ("spark tasks", "Executor task l"),
    ("JIT C2", "C2 CompilerThre"),
    ("JIT C1", "C1 CompilerThre"),
    ("GC", "GC Thread"),
    ("GC", "VM Thread"),
    ("driver main", "java"),
    ("report charts", "sdg16-report-ch"),
    ("export beside", "sdg16-export"),
]
ORDER = ["spark tasks", "JIT C2", "JIT C1", "GC", "driver main", "report charts", "export beside", "other"]


def kind(name):
    for k, prefix in KINDS:
        if name == prefix or (prefix != "java" and name.startswith(prefix)):
            return k
    return "other"


def stat(path):
    with open(path) as f:
        s = f.read()
    name = s[s.find("(") + 1:s.rfind(")")]
    fields = s[s.rfind(")") + 2:].split()
    return name, fields


def below(root):
    """root and the processes below it."""
    parent = {}
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                parent[int(p)] = int(stat(f"/proc/{p}/stat")[1][1])
            except (OSError, IndexError, ValueError):
                pass
    out = []
    for p in parent:
        q, hops = p, 0
        while q > 1 and hops < 64:
            if q == root:
                out.append(p)
                break
            q, hops = parent.get(q, 0), hops + 1
    return out


def main():
    root, out = int(sys.argv[1]), sys.argv[2]
    tick = os.sysconf("SC_CLK_TCK")
    last = {}
    while os.path.exists(f"/proc/{root}"):
        for pid in below(root):
            try:
                tids = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for tid in tids:
                try:
                    name, f = stat(f"/proc/{pid}/task/{tid}/stat")
                    last[(pid, tid)] = (name, (int(f[11]) + int(f[12])) / tick)
                except (OSError, IndexError, ValueError):
                    pass
        time.sleep(0.5)
    total = {}
    for name, secs in last.values():
        total[kind(name)] = total.get(kind(name), 0.0) + secs
    with open(out, "w") as f:
        for k in ORDER:
            f.write(f"{k} {total.get(k, 0.0):.1f}\n")


if __name__ == "__main__":
    main()
