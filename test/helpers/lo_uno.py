#!/usr/bin/python3
"""LibreOffice driven through UNO, for the Word round-trip tests and for making import fixtures.

Usage: /usr/bin/python3 lo_uno.py <jobs.json>   → prints one JSON result per job, as a list.

One soffice process (with a profile of its own, removed at the end) serves every job of the call.
A job is {"input": path, "author": "张主任"?, "view": false?, "steps": [...]}; the steps run in order on
the loaded document. A document with comments must be loaded with "view": false (see Office.load);
without a view, acceptAll, rejectAll and moveDown (dispatched commands) do nothing.
  {"op": "record", "on": false?}           change recording on (or off)
  {"op": "replace", "find": s, "with": t}   the first s becomes t
  {"op": "insertAfter", "find": s, "text": t}
  {"op": "insertParagraphAfter", "find": s, "text": t}   a new paragraph after the one holding s
  {"op": "deleteParagraph", "find": s}      the whole paragraph holding s, its mark included
  {"op": "moveDown", "find": s}             the paragraph holding s one paragraph down (.uno:MoveDown)
  {"op": "paraStyle", "find": s, "style": name}   the paragraph holding s set in another style
  {"op": "comment", "find": s, "text": t, "author": a}   a 批注 on s (in a job without a view)
  {"op": "redlines"}                        → the tracked changes: type, author, date, text
  {"op": "comments"}                        → the comments: author, text, anchor text
  {"op": "paragraphs"}                      → the text of every paragraph (tables: cells joined by tabs)
  {"op": "styles"}                          → the paragraph style of every paragraph ('' for a table)
  {"op": "acceptAll"} / {"op": "rejectAll"}
  {"op": "reload"}                          the file loaded again as it is on disk
  {"op": "save", "to": path, "format": "docx"|"odt"|"pdf"}
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.util import DateTime


def pv(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


FILTERS = {"docx": "MS Word 2007 XML", "odt": "writer8", "pdf": "writer_pdf_Export"}


class Office:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="wengao-uno-")
        self.pipe = "wengao-uno-%d" % os.getpid()
        self.proc = subprocess.Popen(
            [
                "soffice", "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                "-env:UserInstallation=file://" + self.profile,
                "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe,
            ],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + 120
        while True:
            try:
                self.ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except Exception:
                if time.time() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("soffice did not start")
                time.sleep(0.1)
        smgr = self.ctx.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", self.ctx)
        self.config = smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", self.ctx)

    def set_author(self, name):
        access = self.config.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess", (pv("nodepath", "/org.openoffice.UserProfile/Data"),)
        )
        access.setPropertyValue("givenname", "")
        access.setPropertyValue("sn", name)
        access.commitChanges()

    def load(self, path, view=True):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        if view:
            return self.desktop.loadComponentFromURL(url, "_blank", 0, (pv("Hidden", True),))
        # The model alone, without a view: the no-GUI LibreOffice of Debian (libreoffice-writer-nogui)
        # has no dialog files, and the view of a document with comments aborts looking for them.
        doc = self.ctx.ServiceManager.createInstanceWithContext("com.sun.star.text.TextDocument", self.ctx)
        doc.load((pv("URL", url), pv("FilterName", FILTERS[os.path.splitext(path)[1].lstrip(".").lower()])))
        return doc

    def dispatch(self, doc, command):
        self.dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=30)
        except Exception:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def find(doc, text):
    sd = doc.createSearchDescriptor()
    sd.SearchString = text
    found = doc.findFirst(sd)
    if found is not None:
        return found
    # Without a view (a document loaded as a model only) search finds nothing: walk the paragraphs.
    for para in iterate(doc.getText()):
        if not para.supportsService("com.sun.star.text.Paragraph"):
            continue
        at = para.getString().find(text)
        if at >= 0:
            cur = para.getText().createTextCursorByRange(para.getStart())
            cur.goRight(at, False)
            cur.goRight(len(text), True)
            return cur
    raise RuntimeError("not found: " + text)


def paragraphs(doc):
    out = []
    for el in iterate(doc.getText()):
        if el.supportsService("com.sun.star.text.TextTable"):
            for row in el.getDataArray():
                out.append("\t".join(str(c) for c in row))
        else:
            out.append(el.getString())
    return out


def iterate(text):
    e = text.createEnumeration()
    while e.hasMoreElements():
        yield e.nextElement()


def now():
    t = time.localtime()
    dt = DateTime()
    dt.Year, dt.Month, dt.Day, dt.Hours, dt.Minutes, dt.Seconds = t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec
    return dt


def iso(dt):
    return "%04d-%02d-%02dT%02d:%02d:%02d" % (dt.Year, dt.Month, dt.Day, dt.Hours, dt.Minutes, dt.Seconds)


def prop(obj, name, default=None):
    try:
        return obj.getPropertyValue(name)
    except Exception:  # noqa: BLE001 — a redline on a field has no range to read
        return default


def redlines(doc):
    out = []
    e = doc.getRedlines().createEnumeration()
    while e.hasMoreElements():
        r = e.nextElement()
        start = prop(r, "RedlineStart")
        end = prop(r, "RedlineEnd")
        text = ""
        try:
            cur = start.getText().createTextCursorByRange(start)
            cur.gotoRange(end, True)
            text = cur.getString()
        except Exception:  # noqa: BLE001
            pass
        when = prop(r, "RedlineDateTime")
        out.append({
            "type": prop(r, "RedlineType", ""),
            "author": prop(r, "RedlineAuthor", ""),
            "date": iso(when) if when is not None else "",
            "text": text,
        })
    return out


def comments(doc):
    out = []
    e = doc.getTextFields().createEnumeration()
    while e.hasMoreElements():
        f = e.nextElement()
        if f.supportsService("com.sun.star.text.textfield.Annotation"):
            out.append({"author": f.Author, "text": f.Content, "anchor": f.getAnchor().getString()})
    return out


def paragraph_cursor(doc, text):
    found = find(doc, text)
    cur = found.getText().createTextCursorByRange(found.getStart())
    cur.gotoStartOfParagraph(False)
    return cur


def run_step(office, doc, step, path):
    op = step["op"]
    if op == "record":
        doc.setPropertyValue("RecordChanges", step.get("on", True))
    elif op == "replace":
        find(doc, step["find"]).setString(step["with"])
    elif op == "insertAfter":
        found = find(doc, step["find"])
        found.getText().insertString(found.getEnd(), step["text"], False)
    elif op == "insertParagraphAfter":
        cur = paragraph_cursor(doc, step["find"])
        cur.gotoEndOfParagraph(False)
        text = cur.getText()
        text.insertControlCharacter(cur, 0, False)  # PARAGRAPH_BREAK
        text.insertString(cur, step["text"], False)
    elif op == "deleteParagraph":
        cur = paragraph_cursor(doc, step["find"])
        cur.gotoNextParagraph(True)
        cur.setString("")
    elif op == "moveDown":
        found = find(doc, step["find"])
        doc.getCurrentController().getViewCursor().gotoRange(found.getStart(), False)
        office.dispatch(doc, ".uno:MoveDown")
    elif op == "paraStyle":
        paragraph_cursor(doc, step["find"]).setPropertyValue("ParaStyleName", step["style"])
    elif op == "comment":
        found = find(doc, step["find"])
        ann = doc.createInstance("com.sun.star.text.textfield.Annotation")
        ann.Author = step.get("author", "")
        ann.Content = step["text"]
        ann.DateTimeValue = now()
        # A cursor over the found text: inserting at the search result itself crashes the next search.
        cur = found.getText().createTextCursorByRange(found)
        cur.getText().insertTextContent(cur, ann, True)
    elif op == "acceptAll":
        office.dispatch(doc, ".uno:AcceptAllTrackedChanges")
    elif op == "rejectAll":
        office.dispatch(doc, ".uno:RejectAllTrackedChanges")
    elif op == "save":
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(step["to"])), (pv("FilterName", FILTERS[step.get("format", "docx")]),))
    else:
        raise RuntimeError("unknown op " + op)


def run_job(office, job):
    if job.get("author"):
        office.set_author(job["author"])
    view = job.get("view", True)
    doc = office.load(job["input"], view)
    results = []
    try:
        for step in job.get("steps", []):
            op = step["op"]
            if op == "reload":
                doc.close(True)
                doc = office.load(job["input"], view)
                results.append(None)
            elif op == "redlines":
                results.append(redlines(doc))
            elif op == "comments":
                results.append(comments(doc))
            elif op == "paragraphs":
                results.append(paragraphs(doc))
            elif op == "styles":
                results.append([("" if el.supportsService("com.sun.star.text.TextTable") else el.ParaStyleName) for el in iterate(doc.getText())])
            else:
                run_step(office, doc, step, job["input"])
                results.append(None)
    finally:
        doc.close(True)
    return results


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        jobs = json.load(f)
    office = Office()
    try:
        out = []
        for job in jobs:
            try:
                out.append({"ok": True, "results": run_job(office, job)})
            except Exception as e:  # noqa: BLE001 — reported to the test, which fails with it
                out.append({"ok": False, "error": "%s\n%s" % (e, traceback.format_exc(limit=3))})
    finally:
        office.close()
    sys.stdout.write(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
