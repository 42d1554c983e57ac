// kefusim studio: every change posts the page's settings; the server answers with the new
// setting's id and the page polls that id's view, drawing each answer only if it is still the
// setting on show (a result never mixes two settings).
// errors are kept where a test (or a curious teacher's console) can read them
window.studioErrors = [];
window.addEventListener('error', (e) => window.studioErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.studioErrors.push(String(e.reason)));
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  // as the server reads it (any other lang is answered 400 before this script loads)
  let lang = (params.get('lang') || 'en').trim().toLowerCase() === 'zh' ? 'zh' : 'en';
  // this tab's own settings on the server: its id lives in the tab's sessionStorage (a reload keeps it; another tab has its own)
  let tab = sessionStorage.getItem('kefusim-studio-tab');
  if (!tab) {
    tab = Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 10);
    sessionStorage.setItem('kefusim-studio-tab', tab);
  }
  let T = {};
  let sets = {};
  let currentId = 0, pinnedId = 0, changedAt = 0, firstDrawn = true, lastView = null, lesson = 0;
  const $ = (id) => document.getElementById(id);
  const slChart = echarts.init($('chart-sl'));
  const arrChart = echarts.init($('chart-arrivals'));
  window.addEventListener('resize', () => { slChart.resize(); arrChart.resize(); });

  async function call(method, url, body) {
    const sep = url.includes('?') ? '&' : '?';
    const res = await fetch(url + sep + 'lang=' + lang + '&tab=' + tab, { method, body, headers: body ? { 'Content-Type': 'application/json' } : {} });
    const data = await res.json();
    return { ok: res.ok, data };
  }

  function fmt(pattern, ...args) {
    let i = 0;
    return pattern.replace(/%(\d+\$)?[sd]/g, (m, pos) => String(pos ? args[parseInt(pos, 10) - 1] : args[i++]));
  }

  async function loadTexts() {
    T = (await call('GET', '/api/texts')).data;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-t]').forEach(el => { el.textContent = T[el.dataset.t]; });
    $('lang').textContent = T.studio_lang_switch;
    document.querySelectorAll('.lesson').forEach(b => { b.textContent = T['studio_lesson_' + b.dataset.step + '_title']; });
    document.title = T.studio_title;
    if (lesson) $('lesson-text').textContent = T['studio_lesson_' + lesson + '_title'] + ' — ' + T['studio_lesson_' + lesson + '_text'];
  }

  // the tab's state; if its starting file does not open, the loader's line above the figures, and the examples to open instead
  async function refresh() {
    const r = await call('GET', '/api/state');
    $('start-error-line').textContent = r.ok ? '' : r.data.error;
    $('start-error').hidden = r.ok;
    if (r.ok) showState(r.data); else showExamples(r.data);
  }

  function showState(st) {
    $('scenario-name').textContent = (st.scenario || '') + (st.file ? ' · ' + st.file : '');
    sets = Object.assign({}, st.sets || {});
    pinnedId = st.pinnedId;
    $('pin').textContent = pinnedId ? T.studio_unpin : T.studio_pin;
    showExamples(st);
    const form = $('controls');
    form.innerHTML = '';
    (st.controls || []).forEach(c => form.appendChild(control(c)));
    if (st.id !== currentId) { currentId = st.id; changedAt = performance.now(); firstDrawn = false; poll(currentId); }
  }

  function showExamples(st) {
    const ex = $('example');
    ex.innerHTML = '';
    const none = document.createElement('option');
    none.value = ''; none.textContent = '—';
    ex.appendChild(none);
    (st.examples || []).forEach(n => { const o = document.createElement('option'); o.value = n; o.textContent = n; ex.appendChild(o); });
    ex.value = st.example || '';
  }

  function control(c) {
    const div = document.createElement('div');
    div.className = 'control';
    div.dataset.key = c.key;
    const id = 'c-' + c.key.replace(/[^A-Za-z0-9_-]/g, '_');
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = c.label;
    let input;
    if (c.kind === 'onoff') {
      input = document.createElement('select');
      ['on', 'off'].forEach(v => { const o = document.createElement('option'); o.value = v; o.textContent = T['studio_' + v]; input.appendChild(o); });
    } else {
      input = document.createElement('input');
      input.type = c.kind === 'int' ? 'number' : 'text';
      if (c.kind === 'int') input.step = '1';
      input.inputMode = c.kind === 'int' ? 'numeric' : (c.kind === 'share' || c.kind === 'number') ? 'decimal' : 'text';
    }
    input.id = id;
    input.name = c.key;
    input.value = c.value;
    input.addEventListener('change', () => { sets[c.key] = input.value; post(c.key); });
    const err = document.createElement('p');
    err.className = 'error';
    div.append(label, input, err);
    return div;
  }

  async function post(changed) {
    const r = await call('POST', '/api/setting', JSON.stringify({ sets }));
    document.querySelectorAll('#controls .error').forEach(e => { e.textContent = ''; });
    if (!r.ok) {
      const box = document.querySelector('#controls .control[data-key="' + CSS.escape(changed) + '"] .error');
      if (box) box.textContent = r.data.error;
      return;
    }
    currentId = r.data.id;
    changedAt = performance.now();
    firstDrawn = false;
    poll(currentId);
  }

  async function poll(id) {
    if (id !== currentId) return;
    let r;
    try { r = await call('GET', '/api/view?id=' + id); } catch (e) { setTimeout(() => poll(id), 500); return; }
    if (id !== currentId || r.data.id !== currentId) return;
    const v = r.data;
    if (v.done > 0) render(v);
    const compareDone = !v.compare || v.compare.replications === v.total;
    if (!v.failure && (!v.finished || !compareDone)) setTimeout(() => poll(id), 150);
  }

  function render(v) {
    lastView = v;
    if (!firstDrawn) { document.body.dataset.latencyMs = String(Math.round(performance.now() - changedAt)); firstDrawn = true; }
    $('progress').textContent = fmt(T.studio_progress, v.done, v.total);
    $('warnings').innerHTML = v.warnings || '';
    $('headline').innerHTML = v.headline || '';
    drawCharts(v.charts);
    drawCompare(v.compare);
    document.body.dataset.shownId = String(v.id);
    document.body.dataset.done = String(v.done);
    document.body.dataset.finished = String(v.finished);
  }

  function drawCharts(c) {
    if (!c) return;
    slChart.setOption({
      animation: false,
      title: { text: T.ch_title_service_level, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', valueFormatter: (x) => (x == null ? '–' : x + '%') },
      grid: { left: 50, right: 50, top: 40, bottom: 30 }, // room for the goal's label at the right
      xAxis: { type: 'category', data: c.labels },
      // the unit on each tick: an axis name '%' sat on the chart's title
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        { name: T.ch_share_buyers, type: 'line', data: c.serviceLevel, lineStyle: { width: 3 },
          markLine: { symbol: 'none', lineStyle: { type: 'dashed', color: '#c0392b' }, data: [{ yAxis: c.goal }],
                      label: { formatter: '{c}%' } } },
        { name: T.studio_ci_low, type: 'line', data: c.low, lineStyle: { width: 1, type: 'dotted' }, symbol: 'none' },
        { name: T.studio_ci_high, type: 'line', data: c.high, lineStyle: { width: 1, type: 'dotted' }, symbol: 'none' }
      ]
    }, true);
    arrChart.setOption({
      animation: false,
      title: { text: T.ch_title_arrivals, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 60, right: 60, top: 60, bottom: 50 },
      xAxis: { type: 'category', data: c.labels },
      // the report's axis titles: bars are buyers per interval, the line agents on duty
      yAxis: [{ type: 'value', name: c.arrivedAxis, nameTextStyle: { align: 'left' } },
              { type: 'value', position: 'right', name: T.ch_agents_axis, nameTextStyle: { align: 'right' }, minInterval: 1 }],
      series: [
        { name: T.ch_arrived, type: 'bar', data: c.arrived },
        // 'middle': each interval's agents span its bar (a category's bar is centred on its point); 'start' drew the
        // next interval's agents from the middle of this one's bar, so a new shift looked half an interval early
        { name: T.ch_agents, type: 'line', step: 'middle', yAxisIndex: 1, data: c.agents, lineStyle: { width: 3 } }
      ]
    }, true);
  }

  function drawCompare(c) {
    const box = $('compare');
    const body = $('compare-body');
    box.hidden = !c;
    if (!c) return;
    body.innerHTML = '';
    if (!c.head) { const p = document.createElement('p'); p.textContent = T.studio_compare_wait; body.appendChild(p); return; }
    const verdict = document.createElement('ul');
    verdict.className = 'verdict';
    c.verdict.forEach(s => { const li = document.createElement('li'); li.textContent = s; verdict.appendChild(li); });
    const table = document.createElement('table');
    const tr = document.createElement('tr');
    c.head.forEach(h => { const th = document.createElement('th'); th.textContent = h; tr.appendChild(th); });
    const thead = document.createElement('thead'); thead.appendChild(tr); table.appendChild(thead);
    const tbody = document.createElement('tbody');
    c.rows.forEach(row => {
      const r = document.createElement('tr');
      row.forEach((cell, i) => { const td = document.createElement(i === 0 ? 'th' : 'td'); td.textContent = cell; r.appendChild(td); });
      tbody.appendChild(r);
    });
    table.appendChild(tbody);
    const note = document.createElement('p'); note.className = 'sub'; note.textContent = c.note;
    const n = document.createElement('p'); n.className = 'sub'; n.textContent = fmt(T.studio_progress, c.replications, lastView ? lastView.total : c.replications);
    body.append(verdict, table, note, n);
  }

  async function opened(r, errorBox) {
    $(errorBox).textContent = r.ok ? '' : r.data.error;
    if (r.ok) { lesson = 0; $('lesson-text').textContent = ''; $('start-error').hidden = true; showState(r.data); }
  }

  $('lang').addEventListener('click', async () => {
    lang = lang === 'zh' ? 'en' : 'zh';
    history.replaceState(null, '', '?lang=' + lang);
    await loadTexts();
    await refresh();
    if (lastView && lastView.id === currentId) poll(currentId);
  });
  $('example').addEventListener('change', async (e) => {
    if (e.target.value) opened(await call('POST', '/api/example?name=' + encodeURIComponent(e.target.value)), 'open-error');
  });
  $('upload').addEventListener('change', async (e) => {
    const f = e.target.files[0];
    // the file's bytes, not f.text() (which reads every file as UTF-8): the server reads them as the command line reads a file
    if (f) opened(await call('POST', '/api/upload?name=' + encodeURIComponent(f.name), f), 'open-error');
  });
  $('open-results').addEventListener('click', async () => {
    opened(await call('POST', '/api/results', $('results-path').value), 'open-error');
  });
  document.querySelectorAll('.lesson').forEach(b => b.addEventListener('click', async () => {
    const r = await call('POST', '/api/lesson?step=' + b.dataset.step);
    if (!r.ok) { $('open-error').textContent = r.data.error; return; }
    $('start-error').hidden = true;
    showState(r.data);
    lesson = parseInt(b.dataset.step, 10);
    $('lesson-text').textContent = T['studio_lesson_' + lesson + '_title'] + ' — ' + T['studio_lesson_' + lesson + '_text'];
  }));
  $('reset').addEventListener('click', async () => {
    sets = {};
    await post('');
    await refresh();
  });
  $('pin').addEventListener('click', async () => {
    const r = await call('POST', pinnedId ? '/api/unpin' : '/api/pin');
    pinnedId = r.data.pinnedId;
    $('pin').textContent = pinnedId ? T.studio_unpin : T.studio_pin;
    $('saved').textContent = pinnedId ? T.studio_pinned_note : '';
    poll(currentId);
  });
  $('save').addEventListener('click', async () => {
    $('saved').textContent = '…';
    const r = await call('POST', '/api/save');
    if (!r.ok) { $('saved').textContent = r.data.error; return; }
    $('saved').textContent = fmt(T.labelled, T.studio_saved, r.data.scenarioFile + ' · ' + r.data.results);
    $('saved').dataset.results = r.data.results;
    $('saved').dataset.scenarioFile = r.data.scenarioFile;
  });

  (async () => {
    await loadTexts();
    await refresh();
  })();
})();
