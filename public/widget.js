/*
 * CRMPro website chat widget. One script tag adds an accessible chat bubble to any page:
 *   <script src="https://bot.example.com/widget.js" data-title="Chat with us" defer></script>
 * data-title (panel heading), data-label (bubble label), data-color (accent colour),
 * data-position ("right" or "left"), data-open ("true": open on load).
 * The session (a signed token from the bot server) is kept in localStorage, so a reload keeps the
 * conversation; replies stream over Server-Sent Events and resume after a dropped connection.
 * No framework and no innerHTML: every text the server sends is set as text.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__crmproWidget) return;
  window.__crmproWidget = true;
  var base = new URL(script.src, location.href).origin;
  var data = script.dataset;
  var title = data.title || 'Chat with us';
  var color = /^#[0-9a-f]{3,8}$|^[a-z]+$/i.test(data.color || '') ? data.color : '#2456d3';
  var left = data.position === 'left';
  var storeKey = 'crmpro-widget:' + base;
  var token = null;
  var source = null;
  var typingTimer = 0;

  var host = document.createElement('div');
  host.setAttribute('data-crmpro-widget', '');
  var root = host.attachShadow({ mode: 'open' });
  var side = left ? 'left' : 'right';
  var css =
    ':host{all:initial}*{box-sizing:border-box;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}' +
    '.bubble{position:fixed;bottom:20px;' +
    side +
    ':20px;z-index:2147483000;border:0;border-radius:28px;padding:14px 20px;' +
    'background:' +
    color +
    ';color:#fff;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}' +
    'button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}' +
    '.panel{position:fixed;bottom:84px;' +
    side +
    ':20px;z-index:2147483000;width:370px;max-width:calc(100vw - 24px);' +
    'height:540px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:#fff;color:#1b1b1b;' +
    'border-radius:14px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}.panel[hidden]{display:none}' +
    'header{display:flex;align-items:center;justify-content:space-between;padding:12px 14px;background:' +
    color +
    ';color:#fff}' +
    'h2{margin:0;font-size:16px;font-weight:700}header button{background:none;border:0;color:#fff;font-size:22px;' +
    'line-height:1;cursor:pointer;padding:2px 8px;border-radius:6px}' +
    '.log{flex:1;overflow-y:auto;padding:12px;background:#f5f6f8}' +
    '.msg{max-width:88%;margin:0 0 10px;padding:9px 12px;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere}' +
    '.visitor{margin-left:auto;background:' +
    color +
    ';color:#fff}.bot,.person{background:#fff;border:1px solid #dde1e6}' +
    '.person{border-color:#1a7f37}.who{display:block;font-size:12px;font-weight:600;color:#1a7f37}' +
    '.msg a{color:inherit}.msg dl{margin:6px 0;display:grid;grid-template-columns:auto 1fr;gap:2px 10px}.msg dt{font-weight:600}' +
    '.msg dd{margin:0}.msg ul{margin:6px 0;padding-left:18px}.msg img{max-width:100%}.sources{margin-top:6px;font-size:13px;color:#444}' +
    '.chips{display:flex;flex-wrap:wrap;gap:6px;margin:-4px 0 10px}.chips button{border:1px solid ' +
    color +
    ';color:' +
    color +
    ';' +
    'background:#fff;border-radius:16px;padding:5px 11px;cursor:pointer;font-size:14px}' +
    '.note{text-align:center;font-size:13px;color:#555;margin:0 0 10px}' +
    '.status{min-height:20px;padding:0 14px;font-size:13px;color:#555;background:#f5f6f8}' +
    'form{display:flex;gap:8px;padding:10px;border-top:1px solid #dde1e6}' +
    'input{flex:1;min-width:0;padding:9px 11px;border:1px solid #8a939e;border-radius:8px}' +
    'form button{border:0;border-radius:8px;padding:9px 14px;background:' +
    color +
    ';color:#fff;font-weight:600;cursor:pointer}' +
    '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}' +
    '@media (max-width:480px){.panel{inset:0;width:auto;max-width:none;height:auto;max-height:none;border-radius:0}' +
    '.bubble{bottom:12px;' +
    side +
    ':12px}}';

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var key in attrs || {}) node.setAttribute(key, attrs[key]);
    if (text != null) node.textContent = text;
    return node;
  }

  var style = el('style', null, css);
  var bubble = el(
    'button',
    { class: 'bubble', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'crmpro-panel' },
    data.label || 'Chat',
  );
  bubble.setAttribute('aria-label', 'Open chat: ' + title);
  var panel = el('section', {
    class: 'panel',
    id: 'crmpro-panel',
    role: 'dialog',
    'aria-labelledby': 'crmpro-title',
  });
  panel.hidden = true;
  var header = el('header');
  var heading = el('h2', { id: 'crmpro-title' }, title);
  var close = el('button', { type: 'button', 'aria-label': 'Close chat' }, '\u00d7');
  header.append(heading, close);
  var log = el('div', {
    class: 'log',
    role: 'log',
    'aria-live': 'polite',
    'aria-label': 'Conversation',
    tabindex: '0',
  });
  var status = el('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  var form = el('form');
  var label = el('label', { for: 'crmpro-input', class: 'sr' }, 'Your message');
  var input = el('input', {
    id: 'crmpro-input',
    type: 'text',
    autocomplete: 'off',
    maxlength: '2000',
    placeholder: 'Ask a question…',
  });
  var send = el('button', { type: 'submit' }, 'Send');
  form.append(label, input, send);
  panel.append(header, log, status, form);
  root.append(style, bubble, panel);

  function open() {
    panel.hidden = false;
    bubble.setAttribute('aria-expanded', 'true');
    bubble.setAttribute('aria-label', 'Close chat: ' + title);
    connect();
    input.focus();
  }
  function shut() {
    panel.hidden = true;
    bubble.setAttribute('aria-expanded', 'false');
    bubble.setAttribute('aria-label', 'Open chat: ' + title);
    bubble.focus();
  }
  bubble.addEventListener('click', function () {
    if (panel.hidden) open();
    else shut();
  });
  close.addEventListener('click', shut);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      shut();
    }
  });

  /** Text with its web addresses as links (built from text nodes, never parsed as HTML). */
  function linkified(text) {
    var frag = document.createDocumentFragment();
    var pattern = /https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"]/g;
    var at = 0;
    var match;
    while ((match = pattern.exec(text))) {
      frag.append(text.slice(at, match.index));
      frag.append(link(match[0], match[0]));
      at = match.index + match[0].length;
    }
    frag.append(text.slice(at));
    return frag;
  }
  function link(href, text) {
    var a = el(
      'a',
      { href: /^https?:/i.test(href) ? href : '#', target: '_blank', rel: 'noopener noreferrer' },
      text,
    );
    return a;
  }

  /** The text before its first list (the first paragraph up to its first "1." or "•" line): the lists are drawn below it. */
  function leadOf(text) {
    var lines = text.split('\n\n')[0].split('\n');
    var firstItem = -1;
    for (var i = 0; i < lines.length && firstItem < 0; i++)
      if (/^\s*(?:\d{1,3}[.)]|[•*-])\s/.test(lines[i])) firstItem = i;
    return (firstItem < 0 ? lines : lines.slice(0, firstItem)).join('\n');
  }

  /** One message: the reply's text (its sources shown as links instead when there are any), facts, lists, pictures. */
  function render(event) {
    var reply = event.reply || { text: '' };
    var box = el('div', { class: 'msg ' + event.from });
    if (event.from === 'person')
      box.append(el('span', { class: 'who' }, (event.name || 'Our team') + ' (our team)'));
    if (event.from !== 'visitor')
      box.append(el('span', { class: 'sr' }, event.from === 'bot' ? 'Assistant: ' : ''));
    else box.append(el('span', { class: 'sr' }, 'You: '));
    var sources = reply.sources || [];
    var text = sources.length ? reply.text.replace(/\n\nSources?: [^\n]*$/, '') : reply.text;
    if (reply.title) box.append(el('strong', null, reply.title + '\n'));
    box.append(linkified(reply.lists && reply.lists.length ? leadOf(text) : text));
    if (reply.facts && reply.facts.length) {
      var dl = el('dl');
      reply.facts.forEach(function (fact) {
        dl.append(el('dt', null, fact.label), el('dd', null, fact.value));
      });
      box.append(dl);
    }
    (reply.lists || []).forEach(function (list) {
      if (list.title) box.append(el('strong', null, list.title));
      var ul = el('ul');
      list.items.forEach(function (item) {
        ul.append(
          el(
            'li',
            null,
            item.title + (item.subtitle ? ' — ' + item.subtitle : '') + (item.value ? ': ' + item.value : ''),
          ),
        );
      });
      box.append(ul);
    });
    (reply.images || []).forEach(function (image) {
      if (image.url) box.append(el('img', { src: image.url, alt: image.alt || '' }));
    });
    if (sources.length) {
      var cite = el('div', { class: 'sources' }, sources.length > 1 ? 'Sources: ' : 'Source: ');
      sources.forEach(function (source, i) {
        var name = source.title + (source.section ? ' — ' + source.section : '');
        cite.append(i ? '; ' : '', source.url ? link(source.url, name) : name);
      });
      box.append(cite);
    }
    log.append(box);
    if (reply.buttons && reply.buttons.length && event.from !== 'visitor') chips(reply.buttons);
    log.scrollTop = log.scrollHeight;
  }

  /** Quick replies: each button sends its value as the visitor's next message. */
  function chips(buttons) {
    var group = el('div', { class: 'chips', role: 'group', 'aria-label': 'Suggested replies' });
    buttons.forEach(function (button) {
      var chip = el('button', { type: 'button' }, button.title);
      chip.addEventListener('click', function () {
        post(button.value);
        input.focus();
      });
      group.append(chip);
    });
    log.append(group);
    log.scrollTop = log.scrollHeight;
  }

  function note(text) {
    log.append(el('p', { class: 'note' }, text));
    log.scrollTop = log.scrollHeight;
  }

  function onEvent(kind, message) {
    var event = JSON.parse(message.data);
    if (kind === 'message') {
      if (event.from !== 'visitor') setTyping(false);
      render(event);
    } else if (kind === 'typing') setTyping(event.active);
    else if (kind === 'handoff') {
      note(
        event.state === 'waiting'
          ? 'Waiting for someone from our team to join…'
          : event.reason || 'The chat with our team ended.',
      );
      if (event.state === 'waiting') chips([{ title: 'End chat with our team', value: 'end chat' }]);
    }
  }

  function setTyping(active) {
    clearTimeout(typingTimer);
    status.textContent = active ? 'The assistant is typing…' : '';
    if (active)
      typingTimer = setTimeout(function () {
        status.textContent = '';
      }, 30000);
  }

  function session() {
    if (token) return Promise.resolve(token);
    var kept = null;
    try {
      kept = localStorage.getItem(storeKey);
    } catch (e) {
      kept = null;
    }
    return fetch(base + '/api/widget/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(kept ? { token: kept } : {}),
    })
      .then(function (response) {
        if (!response.ok) throw new Error('session ' + response.status);
        return response.json();
      })
      .then(function (body) {
        token = body.token;
        try {
          localStorage.setItem(storeKey, token);
        } catch (e) {
          /* private mode: the session lasts for this page */
        }
        return token;
      });
  }

  function connect() {
    if (source) return;
    source = true;
    session().then(
      function (t) {
        source = new EventSource(base + '/api/widget/stream?token=' + encodeURIComponent(t));
        ['message', 'typing', 'handoff'].forEach(function (kind) {
          source.addEventListener(kind, function (message) {
            onEvent(kind, message);
          });
        });
      },
      function () {
        source = null;
        status.textContent = 'The chat is not available right now. Please try again later.';
      },
    );
  }

  function post(text, retried) {
    text = text.trim();
    if (!text) return;
    session()
      .then(function (t) {
        return fetch(base + '/api/widget/messages', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + t },
          body: JSON.stringify({ text: text }),
        });
      })
      .then(function (response) {
        if (response.status === 401 && !retried) {
          token = null;
          try {
            localStorage.removeItem(storeKey);
          } catch (e) {
            /* nothing kept */
          }
          if (source && source.close) source.close();
          source = null;
          connect();
          return post(text, true);
        }
        if (response.status === 429)
          status.textContent = 'You are sending messages quickly; please wait a moment.';
        else if (!response.ok) status.textContent = 'That message could not be sent. Please try again.';
      })
      .catch(function () {
        status.textContent = 'That message could not be sent. Check your connection and try again.';
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value;
    input.value = '';
    post(text);
  });

  function mount() {
    document.body.append(host);
    if (data.open === 'true') open();
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
