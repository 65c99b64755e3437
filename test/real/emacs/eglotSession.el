;;; eglotSession.el --- unres server --stdio in Emacs's eglot  -*- lexical-binding: t; -*-

;; test/real/emacs.test.ts runs Emacs in batch mode with the README's eglot configuration, then
;; this session, and checks what it prints: one JSON object a line, then "DONE".
;; $UNRES_EMACS_SESSION (JSON) says what to do:
;;   { "file": "...", "hover": {line, character}, "completion": {line, character},
;;     "codeAction": {line, rule, title} }
;; Any error ends Emacs with exit status 1 after a line "FAIL <reason>".
;;
;; Batch mode has no command loop: the session runs the hooks a command loop runs after a command
;; (`post-command-hook', where `eglot-ensure' connects) and the timers it runs while the user is
;; idle (where eglot sends its changes and flymake reports), as an editor left alone would.

(require 'cl-lib)
(require 'json)
(require 'flymake)

(defvar unres-session
  (json-parse-string (getenv "UNRES_EMACS_SESSION") :object-type 'plist :array-type 'list))

(defun unres-emit (key value)
  "Print KEY and VALUE as one JSON object on a line of standard output."
  (princ (concat (json-serialize (list key value)) "\n")))

(defun unres-position (pos)
  "POS as an LSP position: zero-based line and column (the text is all in the BMP)."
  (save-excursion
    (goto-char pos)
    (list :line (1- (line-number-at-pos pos t)) :character (- pos (line-beginning-position)))))

(defun unres-goto (position)
  "Move to POSITION, an LSP position (plist :line :character)."
  (goto-char (point-min))
  (forward-line (plist-get position :line))
  (forward-char (plist-get position :character)))

(defun unres-idle ()
  "Run the timers Emacs runs when the user stops typing."
  (dolist (timer (copy-sequence timer-idle-list))
    (when (memq timer timer-idle-list) (timer-event-handler timer))))

(defun unres-wait (what condition)
  "Wait until CONDITION gives non-nil, at most 20 seconds, while the server runs."
  (let ((deadline (+ (float-time) 20)) value)
    (while (not (setq value (funcall condition)))
      (let ((server (eglot-current-server)))
        (when (and server (not (jsonrpc-running-p server)))
          (error "The language server exited with status %s"
                 (process-exit-status (jsonrpc--process server)))))
      (when (> (float-time) deadline) (error "Timed out waiting for %s" what))
      (accept-process-output nil 0.05)
      (unres-idle))
    value))

(defun unres-diagnostic (diagnostic)
  "A flymake DIAGNOSTIC as JSON: its range, type and text, as the buffer shows them."
  (list :start (unres-position (flymake-diagnostic-beg diagnostic))
        :end (unres-position (flymake-diagnostic-end diagnostic))
        :type (symbol-name (flymake-diagnostic-type diagnostic))
        :text (flymake-diagnostic-text diagnostic)))

(defun unres-run ()
  (find-file (plist-get unres-session :file))
  (unless (eq major-mode 'unres-mode) (error "The draft opened in %s, not unres-mode" major-mode))
  ;; The command that opened the file is over: eglot-ensure connects.
  (run-hooks 'post-command-hook)
  (unres-wait "eglot to manage the draft" (lambda () (and (eglot-managed-p) (eglot-current-server))))
  (unres-wait "the diagnostics" #'flymake-diagnostics)
  (unres-emit :diagnostics (vconcat (mapcar #'unres-diagnostic (flymake-diagnostics))))

  ;; Hover, as eldoc shows it at point.
  (unres-goto (plist-get unres-session :hover))
  (let (hover)
    (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info :null))))
    (unres-wait "the hover" (lambda () hover))
    (unres-emit :hover hover))

  ;; Completion, as completion-at-point gets it.
  (unres-goto (plist-get unres-session :completion))
  (pcase-let ((`(,beg ,_end ,table . ,_) (eglot-completion-at-point)))
    (unres-emit :completion (vconcat (all-completions (buffer-substring-no-properties beg (point)) table))))

  ;; The quick fix of one finding, chosen by rule and line, with M-x eglot-code-actions on it.
  (let* ((action (plist-get unres-session :codeAction))
         (tag (format "[%s]" (plist-get action :rule)))
         (line (plist-get action :line))
         (on-line (lambda ()
                    (cl-find-if (lambda (diagnostic)
                                  (and (string-search tag (flymake-diagnostic-text diagnostic))
                                       (= line (plist-get (unres-position (flymake-diagnostic-beg diagnostic)) :line))))
                                (flymake-diagnostics))))
         (target (or (funcall on-line) (error "No %s diagnostic on line %s" tag line)))
         (beg (flymake-diagnostic-beg target))
         (end (flymake-diagnostic-end target)))
    (unres-emit :codeActions (vconcat (mapcar (lambda (a) (plist-get a :title)) (eglot-code-actions beg end "quickfix"))))
    ;; Where there is more than one, eglot asks which, with a menu (or, from the keyboard, in the
    ;; minibuffer): the answer is the action with the title.
    (let ((title (plist-get action :title)))
      (cl-letf (((symbol-function 'completing-read) (lambda (&rest _) title))
                ((symbol-function 'x-popup-menu) (lambda (_event menu) (cdr (assoc title (cdr (cadr menu)))))))
        (eglot-code-actions beg end "quickfix" t)))
    (unres-emit :fixedLine (save-excursion (unres-goto (list :line line :character 0))
                                           (buffer-substring-no-properties (point) (line-end-position))))
    ;; The server checks the edited text again and no longer reports the finding there.
    (unres-wait "the fixed finding to go" (lambda () (not (funcall on-line))))
    (unres-emit :fixedFindingGone t))

  (eglot-shutdown (eglot-current-server)))

(condition-case err
    (progn
      (unres-run)
      (princ "DONE\n")
      (kill-emacs 0))
  (error
   (princ (format "FAIL %s\n" (error-message-string err)))
   (kill-emacs 1)))

;;; eglotSession.el ends here
