// Chat page: starts (or resumes) a session with the menu bot and polls for the agent's answers.
(function () {
  'use strict';
  const WHO = { CUSTOMER: '나', BOT: '챗봇', AGENT: '상담원', SYSTEM: '안내' };
  const log = document.getElementById('chat-log');
  const form = document.getElementById('chat-form');
  const input = document.getElementById('chat-text');
  const error = document.getElementById('chat-error');
  const inquiry = document.getElementById('chat-inquiry');
  let session = JSON.parse(sessionStorage.getItem('inquiry-desk-chat') || 'null');
  let lastSeq = 0;

  function show(lines) {
    for (const line of lines) {
      if (line.seq <= lastSeq) continue;
      lastSeq = line.seq;
      const item = document.createElement('li');
      item.className = line.author;
      const who = document.createElement('span');
      who.className = 'who';
      who.textContent = WHO[line.author] || line.author;
      item.appendChild(who);
      item.appendChild(document.createTextNode(line.text));
      log.appendChild(item);
    }
    window.scrollTo(0, document.body.scrollHeight);
  }

  function showInquiry(code) {
    if (code) {
      inquiry.hidden = false;
      inquiry.textContent = '문의 번호 ' + code + ' · 상담원의 답변이 이 창에 표시됩니다.';
    }
  }

  function fail(message) {
    error.hidden = false;
    error.textContent = message;
  }

  async function call(method, path, body) {
    const headers = { 'Content-Type': 'application/json' };
    if (session) headers['X-Chat-Token'] = session.token;
    const response = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw Object.assign(new Error(data.detail || '잠시 후 다시 시도해 주세요.'), { status: response.status });
    return data;
  }

  async function start() {
    const started = await call('POST', '/api/v1/chat/sessions');
    session = { id: started.id, token: started.token };
    sessionStorage.setItem('inquiry-desk-chat', JSON.stringify(session));
    show(started.messages);
  }

  async function resume() {
    try {
      const data = await call('GET', '/api/v1/chat/sessions/' + session.id + '/messages?after=0');
      show(data.messages);
      showInquiry(data.inquiryCode);
    } catch (e) {
      session = null;
      sessionStorage.removeItem('inquiry-desk-chat');
      await start();
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    error.hidden = true;
    input.value = '';
    try {
      const data = await call('POST', '/api/v1/chat/sessions/' + session.id + '/messages', { text });
      show(data.messages);
      showInquiry(data.inquiryCode);
    } catch (e) {
      fail(e.message);
    }
    input.focus();
  });

  setInterval(async () => {
    if (!session) return;
    try {
      const data = await call('GET', '/api/v1/chat/sessions/' + session.id + '/messages?after=' + lastSeq);
      show(data.messages);
      showInquiry(data.inquiryCode);
    } catch (e) { /* the next poll tries again */ }
  }, 4000);

  (session ? resume() : start()).catch((e) => fail(e.message));
})();
