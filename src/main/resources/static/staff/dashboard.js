// Supervisor dashboard: reads /api/v1/reports/dashboard, draws the charts with Chart.js (served by the
// service itself) and refreshes every 30 seconds without reloading the page. Every chart has a table beside it.
(function () {
  'use strict';

  var REFRESH_MS = 30000;
  var STATUS = { AVAILABLE: '상담 가능', BUSY: '상담 중', AWAY: '자리 비움', OFFLINE: '오프라인' };
  var INQUIRY_STATUS = { RECEIVED: '접수', OPEN: '처리 중', ON_HOLD: '보류', WAITING_CUSTOMER: '고객 응답 대기' };
  var COLORS = ['#2e6fd8', '#e8833a', '#2e9e5b', '#c23b5a', '#7a5cc7', '#8a6d1e'];
  var CRITERIA = [
    ['retentionAverage', '재이용 의향'], ['productExperienceAverage', '제품 경험'],
    ['onlineExperienceAverage', '온라인 경험'], ['waitTimeAverage', '대기 시간'],
    ['expectationsMetAverage', '기대 충족']
  ];
  var charts = {};
  var source = document.querySelector('main').getAttribute('data-source');

  function text(id, value) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = value === null || value === undefined ? '–' : String(value);
    }
  }

  function time(iso) {
    return new Date(iso).toLocaleString('ko-KR', { timeZone: 'Asia/Seoul', month: 'numeric', day: 'numeric',
      hour: '2-digit', minute: '2-digit' });
  }

  function percent(share) {
    return share === null || share === undefined ? null : Math.round(share * 1000) / 10;
  }

  function fillTable(id, headers, rows) {
    var table = document.getElementById(id);
    var head = document.createElement('tr');
    headers.forEach(function (label) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = label;
      head.appendChild(th);
    });
    table.tHead.replaceChildren(head);
    table.tBodies[0].replaceChildren.apply(table.tBodies[0], rows.map(function (cells) {
      var tr = document.createElement('tr');
      cells.forEach(function (cell) {
        var td = document.createElement('td');
        if (cell instanceof Node) {
          td.appendChild(cell);
        } else {
          td.textContent = cell === null || cell === undefined ? '–' : String(cell);
        }
        tr.appendChild(td);
      });
      return tr;
    }));
  }

  function draw(key, type, labels, datasets, options) {
    datasets.forEach(function (dataset, index) {
      var color = COLORS[index % COLORS.length];
      dataset.backgroundColor = dataset.backgroundColor || color;
      dataset.borderColor = dataset.borderColor || color;
      if (type === 'line') {
        dataset.spanGaps = true;
        dataset.pointRadius = 4;
      }
    });
    if (charts[key]) {
      charts[key].data.labels = labels;
      charts[key].data.datasets = datasets;
      charts[key].update();
      return;
    }
    charts[key] = new Chart(document.getElementById('chart-' + key), {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: Object.assign({ responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { position: 'bottom' } } }, options || {})
    });
  }

  function figures(prefix, values) {
    ['received', 'resolved', 'selfServed', 'slaBreaches', 'surveyAnswers', 'csatAverage'].forEach(function (field) {
      text(prefix + '-' + field, values[field]);
    });
    text(prefix + '-period', values.from === values.to ? values.from : values.from + ' ~ ' + values.to);
  }

  function sla(watch) {
    text('sla-atRisk', watch.atRisk);
    text('sla-breached', watch.breached);
    text('sla-window', watch.atRiskWithinMinutes);
    var tbody = document.querySelector('#sla-table tbody');
    if (watch.items.length === 0) {
      var empty = document.createElement('tr');
      var cell = document.createElement('td');
      cell.colSpan = 6;
      cell.textContent = '기한이 임박하거나 지난 문의가 없습니다.';
      empty.appendChild(cell);
      tbody.replaceChildren(empty);
      return;
    }
    tbody.replaceChildren.apply(tbody, watch.items.map(function (item) {
      var tr = document.createElement('tr');
      tr.className = item.breached ? 'breached' : 'risk';
      var link = document.createElement('a');
      link.href = '/desk/inquiries/' + encodeURIComponent(item.code);
      link.textContent = item.code;
      [link, item.group, item.assignee || '미배정', item.priority, time(item.dueAt) + (item.breached ? ' (경과)' : ''),
        INQUIRY_STATUS[item.status] || item.status].forEach(function (value) {
        var td = document.createElement('td');
        if (value instanceof Node) {
          td.appendChild(value);
        } else {
          td.textContent = value;
        }
        tr.appendChild(td);
      });
      return tr;
    }));
  }

  function queue(groups) {
    var labels = groups.map(function (g) { return g.label; });
    var series = [['received', '접수'], ['open', '처리 중'], ['onHold', '보류'], ['waitingCustomer', '고객 응답 대기']];
    draw('queue', 'bar', labels, series.map(function (s) {
      return { label: s[1], data: groups.map(function (g) { return g[s[0]]; }) };
    }), { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } });
    fillTable('table-queue', ['그룹', '접수', '처리 중', '보류', '고객 응답 대기', '미배정'], groups.map(function (g) {
      return [g.label, g.received, g.open, g.onHold, g.waitingCustomer, g.unassigned];
    }));
  }

  function agents(list) {
    var labels = list.map(function (a) { return a.displayName; });
    draw('agents', 'bar', labels, [
      { label: '맡은 문의', data: list.map(function (a) { return a.openInquiries; }) },
      { label: '열린 작업', data: list.map(function (a) { return a.openTasks; }) },
      { label: '한도', data: list.map(function (a) { return a.capacity; }) }
    ], { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } });
    fillTable('table-agents', ['상담원', '상태', '맡은 문의', '열린 작업', '한도'], list.map(function (a) {
      return [a.displayName + ' (' + a.userId + ')', STATUS[a.status] || a.status, a.openInquiries, a.openTasks,
        a.capacity];
    }));
  }

  function trends(report) {
    var rows = report.rows;
    var weeks = rows.map(function (row) { return row.label || row.group; });
    function series(field, transform) {
      return rows.map(function (row) {
        var value = row.values[field];
        return transform ? transform(value) : (value === undefined ? null : value);
      });
    }
    function has(field) {
      return rows.length === 0 || Object.prototype.hasOwnProperty.call(rows[0].values, field);
    }

    draw('satisfaction', 'line', weeks, [
      { label: 'CSAT 평균 (1–5)', data: series('csatAverage') },
      { label: 'CES 평균 (1–7, 낮을수록 쉬움)', data: series('cesAverage') }
    ], { scales: { y: { min: 1, max: 7 } } });
    fillTable('table-satisfaction', ['주', 'CSAT', 'CES', '설문 응답'], rows.map(function (row, i) {
      return [weeks[i], row.values.csatAverage, row.values.cesAverage, row.values.surveyAnswers];
    }));

    draw('nps', 'line', weeks, [{ label: 'NPS', data: series('npsScore') }],
      { scales: { y: { min: -100, max: 100 } } });
    fillTable('table-nps', ['주', 'NPS'], rows.map(function (row, i) { return [weeks[i], row.values.npsScore]; }));

    var criteria = CRITERIA.filter(function (c) { return has(c[0]); });
    document.getElementById('criteria-missing').hidden = criteria.length > 0;
    draw('criteria', 'line', weeks, criteria.map(function (c) {
      return { label: c[1], data: series(c[0]) };
    }), { scales: { y: { min: 1, max: 5 } } });
    fillTable('table-criteria', ['주'].concat(criteria.map(function (c) { return c[1]; })), rows.map(function (row, i) {
      return [weeks[i]].concat(criteria.map(function (c) { return row.values[c[0]]; }));
    }));

    var resolution = [['firstContactResolutionShare', '첫 접촉 해결률 (%)'], ['selfServiceShare', '셀프서비스 비율 (%)']]
      .filter(function (r) { return has(r[0]); });
    draw('resolution', 'line', weeks, resolution.map(function (r) {
      return { label: r[1], data: series(r[0], percent) };
    }), { scales: { y: { min: 0, max: 100 } } });
    fillTable('table-resolution', ['주'].concat(resolution.map(function (r) { return r[1]; })), rows.map(function (row, i) {
      return [weeks[i]].concat(resolution.map(function (r) { return percent(row.values[r[0]]); }));
    }));
  }

  function render(dashboard) {
    figures('today', dashboard.today);
    figures('week', dashboard.thisWeek);
    sla(dashboard.sla);
    queue(dashboard.queue);
    agents(dashboard.agents);
    trends(dashboard.trend);
    text('refreshed', '최종 갱신 ' + time(dashboard.generatedAt));
    document.body.setAttribute('data-refreshed-at', dashboard.generatedAt);
  }

  function refresh() {
    fetch(source, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (dashboard) {
        document.getElementById('load-error').hidden = true;
        render(dashboard);
      })
      .catch(function () {
        document.getElementById('load-error').hidden = false;
      });
  }

  refresh();
  setInterval(refresh, REFRESH_MS);
})();
