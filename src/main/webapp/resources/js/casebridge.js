/*
 * CaseBridge's own script, loaded on every page (a file, so the Content-Security-Policy needs no inline code).
 *
 * PrimeFaces' messages put role="alert" on each <li>, which makes it no longer a list item of its <ul>
 * (axe: "list", serious). The alert role moves to the text inside the item: still announced at once by
 * screen readers, and the list stays a list. Run when the page loads and after every AJAX update.
 */
(function () {
    'use strict';

    function fixMessageLists(root) {
        var items = (root || document).querySelectorAll('.ui-messages li[role="alert"]');
        Array.prototype.forEach.call(items, function (li) {
            var text = li.querySelector('span') || li;
            li.removeAttribute('role');
            li.removeAttribute('aria-atomic');
            if (text !== li) {
                text.setAttribute('role', 'alert');
                text.setAttribute('aria-atomic', 'true');
            }
        });
    }

    /*
     * A text box with data-maxlength (and data-counter, "{0} of {1} characters") shows how much is typed
     * against its limit, and turns to a warning past it. No maxlength attribute: the browser would cut a
     * pasted text silently; the server refuses a text that is too long, with a message beside the box.
     */
    function addCounters(root) {
        var boxes = (root || document).querySelectorAll('textarea[data-maxlength]:not([data-counted])');
        Array.prototype.forEach.call(boxes, function (box) {
            var max = parseInt(box.getAttribute('data-maxlength'), 10);
            var template = box.getAttribute('data-counter') || '{0} / {1}';
            var counter = document.createElement('small');
            counter.className = 'char-counter';
            counter.id = box.id + '_counter';
            counter.setAttribute('aria-live', 'polite');
            box.setAttribute('data-counted', 'true');
            box.setAttribute('aria-describedby', ((box.getAttribute('aria-describedby') || '') + ' ' + counter.id).trim());
            box.parentNode.insertBefore(counter, box.nextSibling);
            var update = function () {
                var n = box.value.length;
                counter.textContent = template.replace('{0}', n.toLocaleString()).replace('{1}', max.toLocaleString())
                    .replace(/''/g, "'");
                counter.classList.toggle('over', n > max);
            };
            box.addEventListener('input', update);
            update();
        });
    }

    /*
     * The case list writes its filters, sort and page as data-list-address (a query string the server built
     * and checked); this puts it in the browser's address without a new history entry, so that Back from a
     * case returns to the same list, and keeps it for this tab so that a case's "back to the list" link does.
     */
    var LIST_KEY = 'casebridge.caseList';

    function rememberListAddress() {
        var holder = document.querySelector('[data-list-address]');
        if (!holder || !window.history || !history.replaceState) {
            return;
        }
        var address = location.pathname + holder.getAttribute('data-list-address');
        if (address !== location.pathname + location.search) {
            history.replaceState(history.state, '', address);
        }
        try {
            sessionStorage.setItem(LIST_KEY, address);
        } catch (e) {
            // storage off: the link goes to the list as it opens
        }
    }

    function restoreListLinks() {
        var remembered;
        try {
            remembered = sessionStorage.getItem(LIST_KEY);
        } catch (e) {
            return;
        }
        if (!remembered) {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll('a[data-list-return]'), function (a) {
            var url = new URL(a.href, location.href);
            var back = new URL(remembered, location.href);
            if (back.origin === url.origin && back.pathname === url.pathname) {
                a.href = back.pathname + back.search;
            }
        });
    }

    /*
     * A label marked required (PrimeFaces puts ui-required on it) announces its field as required. PrimeFaces
     * writes aria-required on text and date inputs but not on a drop-down's combobox, which is what the label
     * points to; only form controls get it (a checkbox group's container is no control).
     */
    function announceRequired(root) {
        var labels = (root || document).querySelectorAll('label.ui-required[for]');
        Array.prototype.forEach.call(labels, function (label) {
            var field = document.getElementById(label.getAttribute('for'));
            if (!field || field.hasAttribute('aria-required')) {
                return;
            }
            var role = field.getAttribute('role');
            if (/^(INPUT|TEXTAREA|SELECT)$/.test(field.tagName) || role === 'combobox' || role === 'listbox') {
                field.setAttribute('aria-required', 'true');
            }
        });
    }

    /*
     * Unsaved input: a field in an open dialog, or in a form with the class guard-unsaved, that the user
     * changed and that was not saved. Leaving the page then (a link, Back, closing the tab, the session
     * running out) asks first, so that typed text is never lost silently. A field counts as changed when
     * its value differs from what the server rendered, or when it was typed into and no successful AJAX
     * submit of its form followed (a refused save re-renders the typed text as the field's own value).
     */
    var typedInto = {};
    var leavingWithIt = false;
    /* AJAX requests sent and not yet answered: a page change meanwhile is the answer's own redirect. */
    var inFlight = 0;

    function visible(el) {
        return el.getClientRects().length > 0;
    }

    function scopes() {
        return Array.prototype.filter.call(document.querySelectorAll('.ui-dialog, form.guard-unsaved'), visible);
    }

    function changed(field) {
        if (field.disabled || field.readOnly || field.type === 'hidden' || field.type === 'submit'
                || field.type === 'button' || field.type === 'file') {
            return false;
        }
        if (field.id && typedInto[field.id]) {
            return true;
        }
        if (field.type === 'checkbox' || field.type === 'radio') {
            return field.checked !== field.defaultChecked;
        }
        if (field.tagName === 'SELECT') {
            return Array.prototype.some.call(field.options, function (o) { return o.selected !== o.defaultSelected; });
        }
        return field.value !== field.defaultValue;
    }

    function unsaved() {
        return scopes().some(function (scope) {
            return Array.prototype.some.call(scope.querySelectorAll('input, textarea, select'), changed);
        });
    }

    function guardUnsaved() {
        document.addEventListener('input', function (e) {
            var field = e.target;
            if (field.id && field.closest && field.closest('.ui-dialog, form.guard-unsaved')) {
                typedInto[field.id] = true;
            }
        }, true);
        // A form sent by a full submit takes its input with it: leaving then is what the user asked for.
        document.addEventListener('submit', function (e) {
            var form = e.target;
            if (Array.prototype.some.call(form.querySelectorAll('input, textarea, select'), changed)) {
                leavingWithIt = true;
            }
        }, true);
        window.addEventListener('beforeunload', function (e) {
            if (!leavingWithIt && inFlight === 0 && unsaved()) {
                e.preventDefault();
                e.returnValue = '';
                return '';
            }
            return undefined;
        });
        window.addEventListener('pageshow', function () {
            leavingWithIt = false;
        });
    }

    /* After an AJAX submit that passed validation, the fields of the form it sent are saved (or reset). */
    function savedBy(settings, args) {
        if (args && args.validationFailed) {
            return;
        }
        var source = settings && settings.source;
        var el = typeof source === 'string' ? document.getElementById(source) : source;
        var form = el && el.closest ? el.closest('form') : null;
        Object.keys(typedInto).forEach(function (id) {
            var field = document.getElementById(id);
            if (!field || !form || form.contains(field) || !visible(field)) {
                delete typedInto[id];
            }
        });
    }

    /*
     * The idle warning: the server ends a session after data-timeout seconds without a request. From
     * data-warn seconds before that, a dialog counts down and offers to stay signed in (one AJAX request);
     * at the end the page is asked for again, which the server answers with the login page ("your
     * session ended", and back here after login). Every tab of the application shares the time of the
     * last request (localStorage), so a tab that stays idle does not log out a user working in another.
     */
    var idle = { timeout: 0, warn: 0, timer: null, key: 'casebridge.lastRequest' };

    function lastRequest() {
        var shared = 0;
        try {
            shared = parseInt(window.localStorage.getItem(idle.key), 10) || 0;
        } catch (ignored) {
            shared = 0;
        }
        return Math.max(shared, idle.own || 0);
    }

    function requestMade() {
        idle.own = Date.now();
        try {
            window.localStorage.setItem(idle.key, String(idle.own));
        } catch (ignored) {
            // private mode without storage: this tab's own time serves
        }
    }

    function tick() {
        var dialog = document.getElementById('idleWarning');
        if (!dialog) {
            return;
        }
        var left = lastRequest() + idle.timeout * 1000 - Date.now();
        if (left <= 0) {
            window.clearInterval(idle.timer);
            // a few seconds after the server's own limit, so that the server has ended the session too
            window.setTimeout(function () { window.location.assign(window.location.href); }, 3000);
            return;
        }
        if (left > idle.warn * 1000) {
            if (dialog.open) {
                dialog.close();
            }
            return;
        }
        var seconds = Math.ceil(left / 1000);
        var text = (dialog.getAttribute('data-countdown') || '{0}:{1}')
            .replace('{0}', String(Math.floor(seconds / 60)))
            .replace('{1}', String(seconds % 60).padStart(2, '0'));
        var countdown = document.getElementById('idleCountdown');
        if (countdown && countdown.textContent !== text) {
            countdown.textContent = text;
        }
        if (!dialog.open && typeof dialog.showModal === 'function') {
            dialog.showModal();
            var stay = dialog.querySelector('.idle-stay');
            if (stay) {
                stay.focus();
            }
        }
    }

    function arm(timeoutSeconds, warnSeconds) {
        var dialog = document.getElementById('idleWarning');
        if (!dialog) {
            return;
        }
        idle.timeout = timeoutSeconds || parseInt(dialog.getAttribute('data-timeout'), 10) || 1800;
        idle.warn = Math.min(warnSeconds || parseInt(dialog.getAttribute('data-warn'), 10) || 120, idle.timeout);
        if (idle.timer) {
            window.clearInterval(idle.timer);
        }
        requestMade();
        if (!dialog.hasAttribute('data-armed')) {
            dialog.setAttribute('data-armed', 'true');
            // Escape means "stay", as the dialog's first button
            dialog.addEventListener('cancel', function (e) {
                e.preventDefault();
                var stay = dialog.querySelector('.idle-stay');
                if (stay) {
                    stay.click();
                }
            });
        }
        idle.timer = window.setInterval(tick, 1000);
    }

    /*
     * A button with data-copy="ID" copies the value of the field with that id (an API token's secret) to
     * the clipboard, and says so in the element named by data-copied (a polite live region).
     */
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-copy]') : null;
        if (!button) {
            return;
        }
        event.preventDefault();
        var field = document.getElementById(button.getAttribute('data-copy'));
        var status = document.getElementById(button.getAttribute('data-copied'));
        if (!field) {
            return;
        }
        var done = function () {
            if (status) {
                status.textContent = status.getAttribute('data-text') || '';
            }
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(field.value).then(done, function () {
                field.select();
            });
        } else {
            field.select();
            if (document.execCommand('copy')) {
                done();
            }
        }
    });

    function enhance() {
        announceRequired(document);
        fixMessageLists(document);
        addCounters(document);
        rememberListAddress();
        restoreListLinks();
    }

    /*
     * The server could not reach its database (503): say so at the top of the page, in words a screen
     * reader announces, and leave everything typed where it is, so that the user can try again.
     */
    function unavailable() {
        var box = document.getElementById('cbUnavailable');
        if (!box) {
            box = document.createElement('div');
            box.id = 'cbUnavailable';
            box.className = 'unavailable-banner';
            box.setAttribute('role', 'alert');
            var main = document.getElementById('main') || document.body;
            main.insertBefore(box, main.firstChild);
        }
        box.textContent = document.body.getAttribute('data-unavailable') || 'CaseBridge cannot reach its database right now.'
                + ' Nothing was saved; what you typed is still here. Try again in a minute.';
    }

    window.CaseBridge = window.CaseBridge || {};
    /* Re-arms the idle warning with other limits (seconds); the server's own limit is unchanged. */
    window.CaseBridge.armIdleWarning = arm;

    document.addEventListener('DOMContentLoaded', function () {
        enhance();
        guardUnsaved();
        arm();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxSend', function () {
                inFlight++;
            });
            window.jQuery(document).on('pfAjaxError', function (e, xhr) {
                if (xhr && xhr.status === 503) {
                    unavailable();
                }
            });
            window.jQuery(document).on('pfAjaxComplete', function (e, xhr, settings, args) {
                inFlight = Math.max(0, inFlight - 1);
                if (args && args.redirect) {
                    leavingWithIt = true; // the answer sends the page elsewhere (a saved intake, an ended session)
                }
                if (args && args.pageLang) {
                    // the login page's language changed without a reload: the page says so too
                    document.documentElement.lang = args.pageLang;
                    document.title = args.pageTitle || document.title;
                }
                requestMade();
                savedBy(settings, args);
                enhance();
            });
        }
    });
}());
