;;; roadmap_eglot.el --- Emacs's Eglot driving `roadmap lsp`, in batch mode  -*- lexical-binding: t -*-
;;
;; Configured by ROADMAP_CONFIG: the Emacs Lisp block docs/editors.md gives for Eglot, which the
;; test (Tests/EditorTests/emacs/test_emacs.py) extracts from the document and this script loads
;; unchanged.  It visits ROADMAP_FILE in markdown-mode (the configuration's hook calls
;; `eglot-ensure'), lets the command loop's hook connect as it does after a user's `C-x C-f',
;; waits for the diagnostics Flymake shows, runs `eglot-code-actions' on the line of the goal
;; whose text holds ROADMAP_GOAL and picks "Check goal" from its menu as a user would, saves
;; the buffer, reads the diagnostics again, sends shutdown and exit, and writes what it saw as
;; JSON to ROADMAP_RESULT.  Every wait is bounded; on any failure the result says why and Emacs
;; exits 1.
;;
;; Run: ROADMAP_CONFIG=… ROADMAP_FILE=… ROADMAP_GOAL=… ROADMAP_RESULT=… PATH=<roadmap's folder>:… \
;;      emacs --batch -l roadmap_eglot.el

(require 'cl-lib)
(require 'json)

(defvar roadmap-result (list (cons 'steps nil)))
(defvar roadmap-timeout (/ (string-to-number (or (getenv "ROADMAP_TIMEOUT_MS") "10000")) 1000.0))

(defun roadmap-finish (code)
  (with-temp-file (getenv "ROADMAP_RESULT")
    (insert (json-encode roadmap-result)))
  (kill-emacs code))

(defun roadmap-step (name)
  (setf (alist-get 'steps roadmap-result) (append (alist-get 'steps roadmap-result) (list name))))

(defun roadmap-wait (what predicate)
  "Runs the event loop (process output, timers) until PREDICATE holds, at most the timeout."
  (let ((deadline (+ (float-time) roadmap-timeout)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    (unless (funcall predicate) (error "timed out waiting for %s" what))))

(defun roadmap-diagnostics ()
  "What Flymake shows in the buffer: 0-based line, UTF-16 column, code and message."
  (mapcar (lambda (d)
            (let* ((spec (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d))))
                   (start (plist-get (plist-get spec :range) :start)))
              (list (cons 'line (1- (line-number-at-pos (flymake-diagnostic-beg d))))
                    (cons 'col (plist-get start :character))
                    (cons 'severity (plist-get spec :severity))
                    (cons 'code (plist-get spec :code))
                    (cons 'source (plist-get spec :source))
                    (cons 'message (plist-get spec :message)))))
          (flymake-diagnostics)))

(condition-case failure
    (progn
      ;; What a user's Emacs does at start-up and batch mode skips: activate the installed
      ;; packages (Debian's elpa-eglot and elpa-markdown-mode), then read the init file.
      (package-activate-all)
      (load-file (getenv "ROADMAP_CONFIG"))
      (require 'eglot)
      (find-file (getenv "ROADMAP_FILE"))
      (unless (eq major-mode 'markdown-mode) (error "major mode is %s" major-mode))
      ;; The hook `eglot-ensure' put on the command loop runs after the command that visited
      ;; the file; batch mode has no command loop, so it is run here as the loop would.
      (run-hooks 'post-command-hook)
      (roadmap-wait "the server" (lambda () (and (eglot-current-server) eglot--managed-mode)))
      (roadmap-step "connected")
      (roadmap-wait "diagnostics" (lambda () (run-hooks 'post-command-hook) (flymake-diagnostics)))
      (setf (alist-get 'diagnostics roadmap-result) (roadmap-diagnostics))
      (roadmap-step "diagnostics")

      (goto-char (point-min))
      (search-forward (getenv "ROADMAP_GOAL"))
      (beginning-of-line)
      (setf (alist-get 'line roadmap-result) (1- (line-number-at-pos)))
      (let ((titles nil))
        ;; The menu a user picks from: every title is recorded, "Check goal" is chosen.
        (cl-letf (((symbol-function 'completing-read)
                   (lambda (_prompt items &rest _)
                     (setq titles (mapcar #'car items))
                     "Check goal"))
                  (last-nonmenu-event ?\r))
          (eglot-code-actions (point) (point) nil t))
        (setf (alist-get 'actions roadmap-result) (vconcat titles)))
      (save-buffer)
      (roadmap-step "checked and saved")

      ;; The edit reached the server as the buffer's next version: diagnostics come again.
      (let ((before (flymake-diagnostics)))
        (roadmap-wait "diagnostics after the edit"
                      (lambda () (run-hooks 'post-command-hook)
                        (not (equal (flymake-diagnostics) before)))))
      (setf (alist-get 'diagnostics_after roadmap-result) (roadmap-diagnostics))

      ;; shutdown and exit, sent here rather than by `eglot-shutdown', which kills the process
      ;; right after `exit' and so would record its own signal, not how the server ended.
      (let* ((server (eglot-current-server)) (process (jsonrpc--process server)))
        (setf (eglot--shutdown-requested server) t)
        (setf (alist-get 'shutdown roadmap-result)
              (or (jsonrpc-request server :shutdown nil :timeout roadmap-timeout) :json-null))
        (jsonrpc-notify server :exit nil)
        (roadmap-wait "the server to exit" (lambda () (not (process-live-p process))))
        (setf (alist-get 'exit roadmap-result) (process-exit-status process)))
      (roadmap-step "stopped")
      (roadmap-finish 0))
  (error (setf (alist-get 'error roadmap-result) (error-message-string failure))
         (roadmap-finish 1)))
