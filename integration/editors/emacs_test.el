;;; emacs_test.el --- Emacs 28 + eglot 1.9 batch test of editors/emacs against interview-lsp  -*- lexical-binding: t; -*-

;; Run by run.sh: emacs -Q --batch -l integration/editors/emacs_test.el
;; Env: INTERVIEW_LSP_BIN (server), INTERVIEW_PLUGIN (editors/emacs), INTERVIEW_SESSION (a
;; scratch copy of a session folder, changed by the test).

;;; Code:

(dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
  (add-to-list 'load-path dir))
(add-to-list 'load-path (getenv "INTERVIEW_PLUGIN"))
(require 'cl-lib)
(require 'interview-eglot)

(defvar test-session (file-name-as-directory (getenv "INTERVIEW_SESSION")))
(defvar test-wait-seconds (/ (string-to-number (or (getenv "INTERVIEW_WAIT_MS") "15000")) 1000.0))
(defvar test-passed 0)
(defvar test-failed 0)

(defun test-say (format-string &rest args)
  (princ (concat (apply #'format format-string args) "\n")))

(defmacro test-case (name &rest body)
  (declare (indent 1))
  `(condition-case err
       (progn ,@body
              (cl-incf test-passed)
              (test-say "ok - emacs: %s" ,name))
     (error (cl-incf test-failed)
            (test-say "not ok - emacs: %s\n    %s" ,name (error-message-string err)))))

(defun test-wait-for (what predicate)
  (let ((deadline (+ (float-time) test-wait-seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless (funcall predicate)
      (error "Timed out waiting for %s" what))))

(defun test-file-line (file line)
  "Line LINE (1-based) of FILE."
  (with-temp-buffer
    (insert-file-contents file)
    (goto-char (point-min))
    (forward-line (1- line))
    (buffer-substring-no-properties (line-beginning-position) (line-end-position))))

(defun test-interview-diagnostics ()
  (cl-remove-if-not (lambda (d) (string-prefix-p "interview" (flymake-diagnostic-text d)))
                    (flymake-diagnostics)))

(setq interview-eglot-program (getenv "INTERVIEW_LSP_BIN"))
(setq interview-eglot-settings '(:debounceMs 50))
(setq eglot-sync-connect t)
(interview-eglot-setup)

(defvar test-jd (car (interview-eglot--session-files test-session 'jd)))
(unless test-jd (error "No job description in %s" test-session))
(find-file test-jd)
(defvar test-jd-buffer (current-buffer))

(test-case "eglot starts interview-lsp and flymake shows its diagnostics on the job description"
  (test-wait-for "eglot to manage the job description" (lambda () (bound-and-true-p eglot--managed-mode)))
  (unless (cl-typep (eglot-current-server) 'interview-eglot-server)
    (error "The buffer is managed by another server: %S" (eglot-current-server)))
  ;; In batch no command loop runs, so flymake's deferred start never comes by itself.
  (flymake-start)
  (test-wait-for "interview diagnostics in flymake" (lambda () (test-interview-diagnostics)))
  (dolist (d (test-interview-diagnostics))
    (unless (string-match-p "\\[\\(unmet-requirement\\|unverified-claim\\|contradicted\\)\\]"
                            (flymake-diagnostic-text d))
      (error "Unexpected diagnostic: %s" (flymake-diagnostic-text d)))))

(defun test-session-evidence-names ()
  "Names of the session's CV and transcript files."
  (mapcar #'file-name-nondirectory
          (append (interview-eglot--session-files test-session 'cv)
                  (interview-eglot--session-files test-session 'transcript))))

(test-case "hover on a claimed requirement shows its evidence with a citation"
  (with-current-buffer test-jd-buffer
    (let* ((diagnostics (test-interview-diagnostics))
           (target (or (cl-find-if (lambda (d) (string-match-p "\\[unverified-claim\\]" (flymake-diagnostic-text d)))
                                   diagnostics)
                       (car diagnostics)))
           hover)
      (unless (eglot--server-capable :hoverProvider)
        (error "interview-lsp does not offer hover (no hoverProvider)"))
      (goto-char (flymake-diagnostic-beg target))
      (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info ""))))
      (test-wait-for "the hover" (lambda () hover))
      (when (string-empty-p hover)
        (error "Empty hover on %S" (thing-at-point 'line t)))
      (unless (cl-some (lambda (name) (string-search name hover)) (test-session-evidence-names))
        (error "The hover cites none of %S:\n%s" (test-session-evidence-names) hover)))))

(test-case "interview-chat lists a cited answer whose buttons open the quoted line"
  (with-current-buffer test-jd-buffer
    (interview-chat "What skills are missing?"))
  (with-current-buffer "*interview-chat*"
    (goto-char (point-min))
    (unless (search-forward "What skills are missing?" nil t)
      (error "The question is not shown"))
    (let ((button (next-button (point-min))))
      (unless button (error "No citation buttons in:\n%s" (buffer-string)))
      (let* ((line-text (buffer-substring (button-end button)
                                         (save-excursion (goto-char (button-end button)) (line-end-position))))
             (quote-start (car (split-string (string-trim line-text) " " t))))
        (button-activate button)
        (let ((visited (buffer-file-name)))
          (unless (and visited (string-prefix-p test-session visited))
            (error "The citation opened %S, not a session file" visited))
          (unless (string-search quote-start (thing-at-point 'line t))
            (error "The cited line %S lacks the quote %S" (thing-at-point 'line t) quote-start)))))))

(test-case "interview-next-question adds the question to the notes"
  (let (question)
    (with-current-buffer test-jd-buffer
      (cl-letf (((symbol-function 'read-char-choice) (lambda (&rest _) ?a)))
        (setq question (interview-next-question))))
    (unless (and question (> (length question) 10))
      (error "No question: %S" question))
    (let ((notes (interview-eglot-notes-file test-session)))
      (unless (string-search question (with-temp-buffer (insert-file-contents notes) (buffer-string)))
        (error "%s lacks %S" notes question)))))

(test-say "# emacs done: %d ok, %d not ok" test-passed test-failed)
(kill-emacs (if (> test-failed 0) 1 0))
;;; emacs_test.el ends here
