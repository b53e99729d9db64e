# Skills kiosk — English interface texts.
# Review: written by the development team; not yet reviewed by a native speaker.
# Style: plain, short sentences; address the reader directly; no jargon.

language-name = English
language-button = F2 Language: { $name }
bilingual-button = F3 Two languages

## Welcome and start
welcome-title = Welcome to the skills kiosk
welcome-text = Here you can write down what you know and what you can do — from school, work, family and life. At the end you get a summary for your advisor.
welcome-choose = Please choose your language:
start-title = How would you like to start?
start-text = Are you here for the first time, or do you already have a code from an earlier visit?
start-new = I am new — start
start-have-code = I have a code — continue

## Buttons used on many screens
button-back = ← Back
button-next = Next →
button-section-done = Finish this part ✓
button-finish = Finish for today
button-close = Close

## Privacy notice and consent
consent-title = Your data and your consent
consent-what = We store your answers to the questions, the language you chose and the date. We do not ask for your name, address or papers.
consent-who = Only you (with your code) and the advisors in this office can see your answers. We do not give them to anyone else without your consent.
consent-how-long = Your answers stay on this computer in the office. You can ask the staff to delete them at any time.
consent-rights = You do not have to agree. If you do not agree, nothing is stored and you can talk to an advisor instead.
consent-question = Do you agree that we store your answers?
consent-agree = Yes, I agree
consent-decline = No, thank you

## The new client code
code-title = Your personal code
code-text = This is your code. Please write it down or take a photo of it:
code-keep = With this code you can continue another day. Keep it safe and do not show it to strangers.
code-noted = I have written it down — continue

## Typing a code
entry-title = Continue with your code
entry-text = Please type your code. It looks like K7M-4QX-9TP-H2C. Small letters and missing dashes are fine.
entry-field = Your code
entry-submit = Continue
entry-error-length = A code has 12 letters and numbers. Please check it.
entry-error-foreign = Codes never contain “{ $char }”. Please check this letter.
entry-error-mistyped = There is a typing mistake in this code. Please check it letter by letter.
entry-error-unknown = We could not find this code. Please check it, or ask the staff.
entry-error-wait = Too many wrong codes. Please wait { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    } and try again.
entry-error-storage = Your answers cannot be opened right now. Please ask the staff.

## The checklist
sections-title = Your checklist
sections-text = Choose a part. You can do the parts in any order, stop at any time and continue later.
section-row = { $title } ({ $answered } of { $total })
sections-summary = See my summary
question-number = Question { $number } of { $count }
answer-dont-know = I don't know
answer-prefer-not = I prefer not to say
field-short = Your answer
field-long = Your answer (Enter starts a new line)

## Summary and goodbye
summary-title = Your summary
summary-text = Here is everything you have answered so far. You can go back and change any answer.
summary-empty = You have not answered any questions yet.
summary-back = ← Back to the list
goodbye-title = Thank you!
goodbye-text = Your answers are saved. Your code is:
goodbye-text-unsaved = Some answers are not saved yet. Please tell the staff before you leave. Your code is:
goodbye-code-hint = Bring this code to your advisor or use it here to continue.
goodbye-done = Done — close

## Pop-ups
languages-title = Choose a language
idle-title = Are you still there?
idle-text = Nobody has touched the screen for a while. In { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    } the kiosk goes back to the start.
idle-privacy = Your answers are saved. Nothing stays on the screen.
idle-stay = Yes, I am still here

## Status
too-small = Please make the window larger (at least { $width } × { $height }).
progress-label = { $answered } of { $total } answered
save-saving = Saving
save-saved = ✓ Saved
save-failed = ⚠ Not saved yet — trying again
notice-field-full = This field holds at most { $count } characters.
notice-paste-shortened = The text was too long. Only the first { $count } characters were kept.
notice-start-failed = We could not start right now. Please ask the staff.
notice-session-closed = This visit was closed by the office. Nothing more is saved here. If you have questions, please ask the staff.
notice-changed-elsewhere = This answer was just changed at another screen. You now see it as it is saved.
notice-entries-full = You can add at most { $count } entries here.

## Help line
help-choose = ↑↓ choose
help-toggle = Enter tick
help-confirm = Enter confirm
help-back = Esc back
help-language = F2 language
help-scroll = PgUp/PgDn scroll
help-type = type
help-next-field = Tab next
help-newline = Enter new line

## Messages when the kiosk cannot start (shown to the office's IT person)
error-config = The configuration file cannot be used:
error-unknown-language = The language “{ $lang }” is not available. Available: { $known }.
error-catalog = The checklist files cannot be used:
error-db-cannot-open = The database cannot be opened. Check the path and its permissions.
error-db-corrupt = The database file is damaged. It was left untouched; restore a backup or ask IT.
error-db-locked = The database is in use by another program. Try again in a moment.
error-db-full = The disk is full. Free some space so answers can be saved.
error-db-readonly = The database cannot be written (read-only). Check the file system and permissions.
error-db-other = The database reported a problem.
error-db-not-private = The database file can be read by other users. Make it private (chmod 600) and start again.
error-db-missing = There is no database at this path. Check the path (--db or KIOSK_DB).
error-db-will-not-create = The database is missing. The kiosk does not start an empty one by itself: restore the backup, or ask IT.
error-db-gone = The database file was removed or replaced while the kiosk was running. Nothing more is saved. Put the file back or restore a backup.
fault-title = The kiosk cannot work right now
fault-tell-staff = Please tell the staff. Answers from earlier visits are safe.
fault-retrying = The kiosk tries again every few seconds.
fault-restart = After that, restart the kiosk.

## Repeated parts (jobs, schools, languages, stages of life)
entry-untitled = (not named yet)
entry-edit = Change the answers
entry-up = Move up in the list
entry-down = Move down in the list
entry-remove = Remove from the list
entry-remove-confirm = Really remove? Press again to remove
button-entry-done = Done with this one ✓

## Kinds of answers
field-year = Year
field-search = Type to search
occupation-own-words = Keep my own words: “{ $words }”
cefr-none = I cannot do this yet
scale-legend = A = I can do it with help · B = I can do it alone in a place I know · C = I can do it in new situations and show others
notice-year = Please type a year with four digits, for example 2015.
help-search = type to search · ↓ choose
help-rate = Enter or ←→ A/B/C

## Summary
summary-competences = My competences (A = 1, B = 2, C = 3)
summary-group-professional = Professional
summary-group-methodical = Methods
summary-group-social = Social
summary-group-personal = Personal
summary-group-digital = Digital
summary-rated = { $count ->
        [one] one rated
       *[other] { $count } rated
    }
summary-languages = My languages
summary-mother-tongue = mother tongue
skill-listening = Listening
skill-reading = Reading
skill-spoken_interaction = Talking with others
skill-spoken_production = Speaking
skill-writing = Writing
summary-bring = Bring to your advisor
summary-timeline = My life at a glance
rating-advisor = advisor: { $level }

## The phone link at the end, and the portfolio page on the phone
qr-scan = Scan this square with your phone camera to see your summary on your phone.
qr-too-small = The window is too small for the phone code. You can type this address on your phone:
qr-no-link = A phone link could not be made right now. Your answers are saved; ask the staff.
qr-valid-until = The link works until { $date }.
page-title = Skills portfolio
page-self-assessment = Self-assessment: these are the person's own answers. An advisor has not checked them yet.
page-reviewed = Checked with advisor { $name } on { $date }.
page-made = Made on { $date }.
page-answers = All answers
page-authority = Who decides:
page-legal-basis = Legal basis:
page-advisor-rating = Advisor
page-self-rating = Own rating
page-json = This portfolio as data (JSON, for offices)
page-not-found = This link does not work. It may be mistyped, too old or withdrawn. Please ask the office for a new one.

## Advisor mode (staff only; opened with a key clients are not told about)
adv-login-title = Advisor login
adv-login-text = Choose your name and type your PIN.
adv-no-advisors = No advisor accounts yet. IT can add one with: kiosk advisor add NAME
adv-choose-name = Please choose your name first.
adv-pin = PIN
adv-log-in = Log in
adv-wrong-pin = This PIN is not right. Please try again.
adv-locked = Too many wrong PINs. Login is locked for a while; this has been recorded.
adv-home-title = Find a client
adv-logged-in = Logged in as { $name }.
adv-home-text = Type the client's code, or choose one of the latest sessions.
adv-code = Client code
adv-open = Open
adv-audit = Audit log
adv-quit = End the program
adv-log-out = Log out
adv-client-title = Client { $code }
adv-not-reviewed = Self-assessment, not yet reviewed.
adv-live-links = { $count ->
        [one] one phone link works
       *[other] { $count } phone links work
    }
adv-review = Go through the answers and change them
adv-ratings = Competences: client and advisor
adv-notes = Notes and next steps
adv-documents = Documents: seen or checked
adv-mark-reviewed = Mark as reviewed by me today
adv-links = Phone links: show, new, withdraw
adv-export = Export for the case file (HTML and JSON)
adv-erase = Erase this client on request
adv-back-to-list = Find another client
adv-reviewed-done = Marked as reviewed. The portfolio now says so.
adv-ratings-text = Press Enter on a competence to set your rating: none, A, B, C.
adv-rating-row = client { $client } · advisor { $advisor }
adv-notes-text = Notes are internal unless you mark them for the portfolio.
adv-note-text = Your note on this part of the checklist.
adv-note = Note
adv-note-public = Show this note in the portfolio
adv-note-in-portfolio = in the portfolio
adv-note-internal = internal
adv-plan-title = Plan of next steps
adv-plan-text = One step per line, each with a date first, for example: 2026-12-01 Apply for recognition
adv-save = Save
adv-documents-text = Press Enter to mark a document as seen, then as checked.
adv-no-documents = No documents are needed so far.
adv-doc-not-seen = not seen
adv-doc-seen = seen
adv-doc-verified = checked
adv-links-title = Phone links
adv-links-text = Press Enter on a link to withdraw it. Withdrawn links show the "does not work" page.
adv-no-links = This client has no phone links yet.
adv-link-live = works
adv-link-expired = expired
adv-link-revoked = withdrawn
adv-new-link = New QR code
adv-revoke-all = Withdraw all
adv-exported = Exported. The files are listed above.
adv-erase-title = Erase this client
adv-erase-text = All answers of this client and all their phone links will be deleted for good. Only the fact that an erasure happened is kept. Type the client's code to confirm.
adv-erase-confirm = Erase for good
adv-erase-mismatch = This is not the code of the client who is open.
adv-erased = The client's data was erased.
adv-audit-title = Audit log
adv-audit-text = Who did what to which client code, newest first. Answers are never recorded.
adv-storage-failed = The database did not answer. Please try again.

## Portfolio page: the advisor's part
page-advisor-notes = Notes from the advisor
page-plan = Next steps agreed with the advisor
page-documents-checked = Documents the advisor has seen
