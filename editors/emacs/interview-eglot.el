;;; interview-eglot.el --- interview-lsp for Emacs through eglot  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "28.1") (eglot "1.9"))
;; Keywords: languages, tools

;;; Commentary:

;; Runs interview-lsp, through eglot, for the files of an interview session: the job
;; description, CV, transcript and notes kept in one folder.  Requirements the CV and interview
;; do not evidence show up as flymake diagnostics; hover (eldoc) shows the evidence.
;;
;;   (add-to-list 'load-path "/path/to/interview-lsp/editors/emacs")
;;   (require 'interview-eglot)
;;   (interview-eglot-setup)
;;
;; Commands: `interview-chat' asks a question about the session and lists the cited answer in
;; *interview-chat*; `interview-next-question' shows the best next question and offers to add
;; it to the notes.

;;; Code:

(require 'cl-lib)
(require 'eglot)
(require 'jsonrpc)
(require 'project)
(require 'url-util)
(require 'button)

(defgroup interview-eglot nil
  "Interview session diagnostics through interview-lsp."
  :group 'eglot
  :prefix "interview-")

(defcustom interview-eglot-program "interview-lsp"
  "The interview-lsp executable.
A name looked up on `exec-path', or an absolute path."
  :type 'string)

(defcustom interview-eglot-settings nil
  "The `interview' settings section, as a plist.
For example (:debounceMs 300 :model (:enabled t)).  See
schemas/settings.schema.json for every setting.  Sent as
initializationOptions, answered to workspace/configuration and
sent with workspace/didChangeConfiguration."
  :type 'plist)

(defcustom interview-eglot-modes '(markdown-mode gfm-mode text-mode interview-transcript-mode fundamental-mode)
  "Major modes in which session files are opened.
.md files are in `fundamental-mode' when markdown-mode is not installed."
  :type '(repeat symbol))

(defcustom interview-eglot-extensions '("md" "markdown" "txt" "text" "vtt" "srt")
  "File extensions that can be session documents."
  :type '(repeat string))

;; Order matters: "interview-notes.md" is notes, not a transcript.  The server decides the final
;; kind (front matter and interview.documentGlobs can override the name).
(defconst interview-eglot--name-rules
  '((notes "notes")
    (jd "jd" "job" "description" "posting" "vacancy" "role")
    (cv "cv" "resume" "résumé")
    (transcript "transcript" "interview"))
  "Document kinds by words their file names contain, as in README.md.")

(define-derived-mode interview-transcript-mode text-mode "Transcript"
  "Major mode for WebVTT and SRT interview transcripts.")

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.\\(vtt\\|srt\\)\\'" . interview-transcript-mode))

(defun interview-eglot-document-kind (file)
  "The session document kind FILE's name suggests.
One of jd, cv, transcript, notes, or nil."
  (let ((name (downcase (file-name-nondirectory file)))
        (extension (downcase (or (file-name-extension file) ""))))
    (if (member extension '("vtt" "srt"))
        'transcript
      (car (cl-find-if (lambda (rule)
                         (cl-some (lambda (word) (string-search word name)) (cdr rule)))
                       interview-eglot--name-rules)))))

(defun interview-eglot--session-marker-p (dir)
  "Non-nil when DIR has the .interview/ folder that marks a session."
  (file-directory-p (expand-file-name ".interview" dir)))

(defun interview-eglot-session-file-p (file)
  "Non-nil when FILE is a document of an interview session."
  (and (member (downcase (or (file-name-extension file) "")) interview-eglot-extensions)
       (or (interview-eglot-document-kind file)
           (interview-eglot--session-marker-p (file-name-directory (expand-file-name file))))))

(defun interview-eglot--session-files (dir kind)
  "The files of session folder DIR whose names mark them as KIND, sorted."
  (sort (cl-remove-if-not
         (lambda (file)
           (and (file-regular-p file)
                (interview-eglot-session-file-p file)
                (eq (interview-eglot-document-kind file) kind)))
         (directory-files dir t "\\`[^.]"))
        #'string<))

(defun interview-eglot--session-dir-p (dir)
  "Non-nil when DIR holds an interview session."
  (or (interview-eglot--session-marker-p dir)
      (interview-eglot--session-files dir 'jd)))

;; A session is one folder, even inside a git repository: the server analyses the folder.
(defun interview-eglot--project (dir)
  "A transient project rooted at DIR when eglot looks for a session's project."
  (when (and (bound-and-true-p eglot-lsp-context)
             (interview-eglot--session-dir-p dir))
    (cons 'transient (file-name-as-directory (expand-file-name dir)))))

;;;; The server connection

(defclass interview-eglot-server (eglot-lsp-server) ()
  :documentation "An eglot connection to interview-lsp.")

(defun interview-eglot--settings-object ()
  "The settings section as a JSON object (an empty object when none is set)."
  (or interview-eglot-settings eglot--{}))

(cl-defmethod eglot-initialization-options ((_server interview-eglot-server))
  "Pass `interview-eglot-settings' under the \"interview\" key."
  (list :interview (interview-eglot--settings-object)))

(defun interview-eglot--lookup-section (section)
  "The value of dotted SECTION in the settings, or nil.
SECTION is e.g. \"interview\" or \"interview.model\"."
  (let ((value (list :interview (interview-eglot--settings-object)))
        (parts (split-string section "\\." t)))
    (cl-loop for part in parts
             do (setq value (and (listp value) (plist-get value (intern (concat ":" part)))))
             finally return value)))

;; eglot 1.9 answers only exact top-level sections from `eglot-workspace-configuration';
;; answer every item, dotted or missing sections included, from `interview-eglot-settings'.
(cl-defmethod eglot-handle-request
  ((_server interview-eglot-server) (_method (eql workspace/configuration)) &key items)
  "Answer workspace/configuration ITEMS from `interview-eglot-settings'."
  (apply #'vector
         (mapcar (lambda (item)
                   (let ((section (plist-get item :section)))
                     (if (or (null section) (string-empty-p section))
                         (list :interview (interview-eglot--settings-object))
                       (interview-eglot--lookup-section section))))
                 items)))

(defun interview-eglot--send-settings (server)
  "Send the settings to SERVER.
Runs after eglot's own, possibly empty, didChangeConfiguration."
  (when (cl-typep server 'interview-eglot-server)
    (jsonrpc-notify server :workspace/didChangeConfiguration
                    (list :settings (list :interview (interview-eglot--settings-object))))))

(defun interview-eglot--contact (&optional _interactive)
  "The eglot contact for interview-lsp."
  (list 'interview-eglot-server interview-eglot-program "--stdio"))

(defun interview-eglot--server-program ()
  "The `eglot-server-programs' entry for the session-file modes."
  (cons interview-eglot-modes #'interview-eglot--contact))

;;;###autoload
(defun interview-eglot-ensure ()
  "Start interview-lsp when the buffer's file is part of an interview session.
Put this on `find-file-hook' (`interview-eglot-setup' does)."
  (when (and buffer-file-name
             (not (bound-and-true-p eglot--managed-mode))
             (memq major-mode interview-eglot-modes)
             (interview-eglot-session-file-p buffer-file-name))
    ;; Ours comes first here even when another markdown server (marksman) is registered.
    (let ((eglot-server-programs (cons (interview-eglot--server-program) eglot-server-programs)))
      (if (eglot-current-server)
          (eglot--maybe-activate-editing-mode)
        (apply #'eglot--connect (eglot--guess-contact))))))

;;;###autoload
(defun interview-eglot-setup ()
  "Register interview-lsp with eglot.
It then starts for session files when they are opened."
  (interactive)
  ;; Appended, so that M-x eglot in an ordinary Markdown file still picks its own server.
  (add-to-list 'eglot-server-programs (interview-eglot--server-program) t)
  (add-hook 'project-find-functions #'interview-eglot--project)
  (add-hook 'eglot-connect-hook #'interview-eglot--send-settings 90)
  (add-hook 'find-file-hook #'interview-eglot-ensure 90)
  (dolist (buffer (buffer-list))
    (with-current-buffer buffer
      (interview-eglot-ensure))))

;;;; Commands

(defun interview-eglot--server ()
  "The interview-lsp connection of the current buffer.
Signal an error the user can act on when there is none."
  (let ((server (eglot-current-server)))
    (unless (cl-typep server 'interview-eglot-server)
      (user-error "No interview-lsp for this buffer: open a session file (job description, CV, transcript, notes)"))
    server))

(defun interview-eglot--execute (server command argument)
  "Run COMMAND on SERVER with the single ARGUMENT plist; return its result."
  (jsonrpc-request server :workspace/executeCommand
                   (list :command command :arguments (vector argument))))

(defun interview-eglot--uri-to-file (uri)
  "The local file name of a file:// URI."
  (decode-coding-string (url-unhex-string (url-filename (url-generic-parse-url uri))) 'utf-8))

(defun interview-eglot--buffer-uri ()
  "The file:// URI of the current buffer's file."
  (concat "file://" (url-hexify-string (expand-file-name buffer-file-name) url-path-allowed-chars)))

(defun interview-eglot-visit-citation (uri range)
  "Open the file of URI in another window, with RANGE selected."
  (let ((start (plist-get range :start))
        (end (plist-get range :end)))
    (find-file-other-window (interview-eglot--uri-to-file uri))
    (cl-flet ((goto (position)
                (goto-char (point-min))
                (forward-line (plist-get position :line))
                (eglot-move-to-lsp-abiding-column (plist-get position :character))
                (point)))
      (let ((end-point (goto end)))
        (goto start)
        (push-mark end-point t t)))))

(defun interview-eglot--citation-label (citation)
  "FILE:LINE for CITATION."
  (format "%s:%d"
          (file-name-nondirectory (interview-eglot--uri-to-file (plist-get citation :uri)))
          (1+ (plist-get (plist-get (plist-get citation :range) :start) :line))))

(defun interview-eglot--one-line (text)
  "TEXT with its runs of white space made single spaces."
  (replace-regexp-in-string "[ \t\n\r]+" " " (or text "")))

(defun interview-eglot--show-answer (question result)
  "Show RESULT of interview.chat for QUESTION in the *interview-chat* buffer."
  (let ((citations (append (plist-get result :citations) nil))
        (mode (if (equal (plist-get result :mode) "llm") "model" "offline")))
    (with-current-buffer (get-buffer-create "*interview-chat*")
      (let ((inhibit-read-only t))
        (erase-buffer)
        (insert (propertize (concat "Q: " question) 'face 'bold) "\n\n")
        (when-let ((notice (plist-get result :notice)))
          (insert (propertize notice 'face 'italic) "\n\n"))
        (insert (or (plist-get result :answer) "") "\n\n")
        (if (null citations)
            (insert (format "(%s answer, no citations)\n" mode))
          (insert (format "Sources (%s answer):\n" mode))
          (cl-loop for citation in citations
                   for index from 1
                   do (insert (format "[%d] " index))
                   (insert-text-button
                    (interview-eglot--citation-label citation)
                    'action (let ((uri (plist-get citation :uri))
                                  (range (plist-get citation :range)))
                              (lambda (_button) (interview-eglot-visit-citation uri range)))
                    'help-echo "Open the quoted line")
                   (insert "  " (interview-eglot--one-line (plist-get citation :quote)) "\n"))))
      (special-mode)
      (goto-char (point-min))
      (display-buffer (current-buffer)))))

;;;###autoload
(defun interview-chat (question)
  "Ask QUESTION about the interview session; show the answer with its citations."
  (interactive (list (read-string "Ask about this interview: " nil nil "What skills are missing?")))
  (let* ((server (interview-eglot--server))
         (result (interview-eglot--execute server "interview.chat"
                                           (list :question question :uri (interview-eglot--buffer-uri)))))
    (interview-eglot--show-answer question result)
    result))

(defun interview-eglot--requirement-at-point ()
  "The requirementId of the interview diagnostic at point, or nil."
  (cl-loop for diagnostic in (flymake-diagnostics (line-beginning-position) (line-end-position))
           for lsp = (alist-get 'eglot-lsp-diag (flymake-diagnostic-data diagnostic))
           for id = (plist-get (plist-get lsp :data) :requirementId)
           when id return id))

(defun interview-eglot-notes-file (dir)
  "The notes file of session folder DIR: an existing one, else notes.md."
  (or (car (interview-eglot--session-files dir 'notes))
      (expand-file-name "notes.md" dir)))

(defun interview-eglot-add-question-to-notes (question dir)
  "Append QUESTION under \"## Questions to ask\" in the notes of session folder DIR."
  (let ((file (interview-eglot-notes-file dir)))
    (with-current-buffer (find-file-noselect file)
      (let ((was-modified (buffer-modified-p)))
        (save-excursion
          (goto-char (point-min))
          (if (re-search-forward "^##[ \t]+[Qq]uestions to ask[ \t]*$" nil t)
              (let ((section-end (if (re-search-forward "^#" nil t) (match-beginning 0) (point-max))))
                (goto-char section-end)
                (skip-chars-backward " \t\n")
                (end-of-line)
                (insert "\n- [ ] " question))
            (goto-char (point-max))
            (skip-chars-backward " \t\n")
            (delete-region (point) (point-max))
            (unless (bobp) (insert "\n\n"))
            (insert "## Questions to ask\n\n- [ ] " question "\n")))
        ;; Save straight away unless the user has unsaved edits there, which are theirs to save.
        (unless was-modified (save-buffer))))
    file))

;;;###autoload
(defun interview-next-question ()
  "Show the best next question for the session and offer to add it to the notes."
  (interactive)
  (let* ((server (interview-eglot--server))
         (argument (list :uri (interview-eglot--buffer-uri)))
         (requirement (interview-eglot--requirement-at-point))
         (result (interview-eglot--execute server "interview.nextQuestion"
                                           (if requirement
                                               (append argument (list :requirementId requirement))
                                             argument)))
         (question (cond ((stringp result) result)
                         ((listp result) (plist-get result :question))))
         (reason (and (listp result) (plist-get result :reason))))
    (if (or (null question) (string-empty-p question))
        (message "No open question: every requirement is covered or already asked")
      (pcase (read-char-choice
              (format "Next question: %s\n%s[a]dd to notes, [i]nsert at point, [c]opy, [q]uit: "
                      question (if reason (format "(%s)\n" reason) ""))
              '(?a ?i ?c ?q))
        (?a (message "Added to %s"
                     (file-name-nondirectory
                      (interview-eglot-add-question-to-notes
                       question (project-root (eglot--project server))))))
        (?i (insert question))
        (?c (kill-new question) (message "Copied: %s" question))))
    question))

(provide 'interview-eglot)
;;; interview-eglot.el ends here
