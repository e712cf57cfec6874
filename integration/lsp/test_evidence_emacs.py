"""Emacs 28 with eglot 1.9 (`emacs --batch`) hovers a requirement, goes to its evidence and applies "Ask next"."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import server_binary

SCRIPT = r"""
(require 'eglot)
(require 'project)
(defvar bin (getenv "INTERVIEW_LSP_BIN"))
(defvar dir (file-name-as-directory (getenv "SESSION_DIR")))
(defun fail (fmt &rest args) (princ (apply #'format fmt args) #'external-debugging-output) (kill-emacs 1))
(setq project-find-functions (list (lambda (_) (cons 'transient dir))))
(add-to-list 'eglot-server-programs `(text-mode . (,bin)))
(find-file (concat dir "jd.md"))
(text-mode)
(let ((eglot-sync-connect t))
  (apply #'eglot (eglot--guess-contact)))
(let ((n 0))
  (while (and (null (flymake-diagnostics)) (< n 100))
    (accept-process-output nil 0.1) (setq n (1+ n))))
(unless (flymake-diagnostics) (fail "no diagnostics"))
(goto-char (point-min))
(search-forward "with Python")
(let* ((server (eglot-current-server))
       (hover (jsonrpc-request server :textDocument/hover
                               (list :textDocument (eglot--TextDocumentIdentifier)
                                     :position (eglot--pos-to-lsp-position (point)))))
       (value (plist-get (plist-get hover :contents) :value)))
  (unless (string-match-p "verified in the interview" value) (fail "hover: %S" hover)))
(let* ((server (eglot-current-server))
       (locations (jsonrpc-request server :textDocument/definition
                                   (list :textDocument (eglot--TextDocumentIdentifier)
                                         :position (eglot--pos-to-lsp-position (point))))))
  (unless (string-suffix-p "/transcript.md" (plist-get (aref locations 0) :uri)) (fail "definition: %S" locations)))
(goto-char (point-min))
(search-forward "Erlang/OTP")
(let* ((server (eglot-current-server))
       (diagnostics (flymake-diagnostics (line-beginning-position) (line-end-position)))
       (lsp (mapcar (lambda (d) (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))) diagnostics))
       (actions (jsonrpc-request server :textDocument/codeAction
                                 (list :textDocument (eglot--TextDocumentIdentifier)
                                       :range (list :start (eglot--pos-to-lsp-position (line-beginning-position))
                                                    :end (eglot--pos-to-lsp-position (line-end-position)))
                                       :context (list :diagnostics (vconcat lsp)))))
       (ask (seq-find (lambda (a) (string-prefix-p "Ask next: " (plist-get a :title))) actions)))
  (unless ask (fail "no Ask next action: %S" actions))
  ;; The user answers "yes" to eglot's confirmation for files that are not open.
  (cl-letf (((symbol-function 'y-or-n-p) (lambda (&rest _) t)))
    (eglot--apply-workspace-edit (plist-get ask :edit)))
  (with-current-buffer (find-buffer-visiting (concat dir "transcript.md"))
    (unless (string-match-p (regexp-quote (concat "## Questions to ask\n\n- [ ] " (substring (plist-get ask :title) 10)))
                            (buffer-string))
      (fail "transcript: %s" (buffer-string)))))
(kill-emacs 0)
"""


@pytest.mark.skipif(shutil.which("emacs") is None, reason="Emacs is not installed")
def test_eglot_hovers_goes_to_evidence_and_inserts_the_next_question(session_dir: Path, tmp_path: Path):
    script = tmp_path / "evidence.el"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "INTERVIEW_LSP_BIN": server_binary(), "SESSION_DIR": str(session_dir), "HOME": str(tmp_path)}

    result = subprocess.run(["emacs", "--batch", "-l", str(script)], capture_output=True, text=True, timeout=60,
                            env=env, cwd=session_dir)

    if "Cannot open load file" in result.stderr and "eglot" in result.stderr:
        pytest.skip("eglot is not installed")
    assert result.returncode == 0, result.stderr
