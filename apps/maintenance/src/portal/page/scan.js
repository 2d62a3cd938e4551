// 扫码报修 page: opens a session from the label's code, shows the place, takes a report, follows it up.
// Plain script, no framework, no third-party requests; every text from the server goes in as textContent.
(function () {
  'use strict';
  var code = decodeURIComponent(location.pathname.split('/').pop() || '');
  var FOLLOW_UPS = 'houqin.portal.followUps';
  var KEEP_DAYS = 30;
  var MAX_PHOTOS = 3;
  var lang = /^en/i.test(navigator.language) ? 'en' : 'zh';
  var token = null;
  var portal = null;
  var followUps = [];

  var T = {
    zh: {
      title: '扫码报修',
      openTitle: '这里已有报修，正在处理',
      mineTitle: '我的报修进度',
      whatTitle: '哪里有问题？',
      description: '问题描述',
      urgent: '影响诊疗或安全，需要尽快处理',
      photos: '现场照片（最多 3 张，可选）',
      contactTitle: '联系方式（可选，方便维修人员回电）',
      contactName: '姓名',
      contactPhone: '电话或分机号',
      submit: '提交报修',
      sending: '正在提交…',
      chooseTrade: '请选择问题类别',
      describe: '请描述问题',
      yes: '是',
      no: '否',
      other: 'English',
      asset: '设备：',
      duplicate: '已合并到已有报修单',
      received: '已收到您的报修，单号 {number}。维修进度会显示在本页“我的报修进度”中，再次扫码也能查看。',
      joined: '这里的同类问题已有报修单 {number} 在处理，您的报告已补充到该单，无需重复报修。',
      photoFailed: '照片未能上传：{message}',
      network: '网络异常，请稍后重试',
      status: {
        SUBMITTED: '已受理',
        DISPATCHED: '已派工',
        ACCEPTED: '维修人员已接单',
        IN_PROGRESS: '维修中',
        COMPLETED: '已完工',
        SIGNED_OFF: '已验收',
        CLOSED: '已办结',
        CANCELLED: '已取消',
      },
    },
    en: {
      title: 'Report a fault',
      openTitle: 'Already reported here, being handled',
      mineTitle: 'My reports',
      whatTitle: 'What is wrong?',
      description: 'Describe the problem',
      urgent: 'Affects patient care or safety: needs attention soon',
      photos: 'Photos (up to 3, optional)',
      contactTitle: 'Contact (optional, so the crew can call back)',
      contactName: 'Name',
      contactPhone: 'Phone or extension',
      submit: 'Send report',
      sending: 'Sending…',
      chooseTrade: 'Choose what kind of problem it is',
      describe: 'Please describe the problem',
      yes: 'Yes',
      no: 'No',
      other: '中文',
      asset: 'Equipment: ',
      duplicate: 'Joined an existing report',
      received: 'Thank you: report {number} is received. Its progress shows under "My reports" on this page, also when you scan again.',
      joined: 'This problem is already reported here as {number}; your report was added to it, no need to report it again.',
      photoFailed: 'A photo could not be sent: {message}',
      network: 'Network problem, please try again',
      status: {
        SUBMITTED: 'Received',
        DISPATCHED: 'Assigned',
        ACCEPTED: 'Technician on it',
        IN_PROGRESS: 'Being repaired',
        COMPLETED: 'Repaired',
        SIGNED_OFF: 'Confirmed',
        CLOSED: 'Closed',
        CANCELLED: 'Cancelled',
      },
    },
  };
  var t = function (key, params) {
    var text = T[lang][key];
    Object.keys(params || {}).forEach(function (name) {
      text = text.replace('{' + name + '}', params[name]);
    });
    return text;
  };
  var $ = function (id) {
    return document.getElementById(id);
  };
  var el = function (tag, text, cls) {
    var node = document.createElement(tag);
    if (text != null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  };

  function errorText(body) {
    var error = body && body.errors && body.errors[0];
    if (!error) return t('network');
    var messages = error.extensions && error.extensions.messages;
    return (messages && messages[lang === 'en' ? 'en' : 'zh-CN']) || error.message;
  }
  function errorCode(body) {
    return body && body.errors && body.errors[0] && body.errors[0].extensions && body.errors[0].extensions.code;
  }

  function post(url, body, headers) {
    return fetch(url, {
      method: 'POST',
      headers: Object.assign({ 'content-type': 'application/json', 'accept-language': lang === 'en' ? 'en' : 'zh-CN' }, headers || {}),
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().catch(function () {
        return {};
      });
    });
  }

  function openSession() {
    return post('/portal/sessions', { code: code }).then(function (body) {
      if (!body.token) throw new Error(errorText(body));
      token = body.token;
    });
  }

  // A session lasts half an hour; an expired one is reopened from the label once, then the call is retried.
  // Photos go to the gateway's upload route: /graphql takes small bodies only.
  function graphql(query, variables, retried, path) {
    return post(path || '/graphql', { query: query, variables: variables || {} }, { authorization: 'Bearer ' + token }).then(function (body) {
      if (errorCode(body) === 'PORTAL_SESSION_EXPIRED' && !retried)
        return openSession().then(function () {
          return graphql(query, variables, true, path);
        });
      if (body.errors && body.errors.length) throw new Error(errorText(body));
      return body.data;
    });
  }

  function savedFollowUps() {
    try {
      var cutoff = Date.now() - KEEP_DAYS * 86400000;
      return JSON.parse(localStorage.getItem(FOLLOW_UPS) || '[]')
        .filter(function (f) {
          return f.savedAt > cutoff;
        })
        .slice(-20);
    } catch (e) {
      return [];
    }
  }
  function saveFollowUp(followUpCode) {
    var list = savedFollowUps();
    list.push({ code: followUpCode, savedAt: Date.now() });
    try {
      localStorage.setItem(FOLLOW_UPS, JSON.stringify(list.slice(-20)));
    } catch (e) {
      /* private mode: the receipt still shows the number */
    }
  }

  function reportItem(title, status, note) {
    var li = el('li');
    li.appendChild(el('span', T[lang].status[status] || status, 'status' + (/COMPLETED|SIGNED_OFF|CLOSED/.test(status) ? ' done' : '')));
    li.appendChild(el('div', title));
    if (note) li.appendChild(el('div', note, 'muted'));
    return li;
  }

  function showFollowUps() {
    var codes = savedFollowUps().map(function (f) {
      return f.code;
    });
    if (!codes.length) return Promise.resolve();
    var query = 'query($codes:[String!]!){portalReports(followUpCodes:$codes){number title status placeName duplicate submittedAt}}';
    return graphql(query, { codes: codes }).then(function (data) {
      followUps = data.portalReports;
      renderFollowUps();
    });
  }

  function renderFollowUps() {
    var list = $('mineList');
    list.textContent = '';
    followUps.forEach(function (r) {
      var when = new Date(r.submittedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN');
      list.appendChild(reportItem(r.number + '　' + r.title, r.status, r.placeName + ' · ' + when + (r.duplicate ? ' · ' + t('duplicate') : '')));
    });
    $('mine').hidden = !followUps.length;
  }

  function renderQuestions() {
    var box = $('questions');
    box.textContent = '';
    var trade = selectedTrade();
    (trade ? trade.questions : []).forEach(function (q) {
      var field = el('label', null, 'field');
      field.appendChild(el('span', lang === 'en' ? q.questionEn : q.questionZh, q.required ? 'required' : ''));
      var input;
      if (q.answerType === 'YES_NO' || q.answerType === 'CHOICE') {
        input = el('select');
        input.appendChild(el('option', '—')).value = '';
        var choices =
          q.answerType === 'YES_NO'
            ? [
                ['YES', t('yes')],
                ['NO', t('no')],
              ]
            : q.choices.map(function (c) {
                return [c, c];
              });
        choices.forEach(function (c) {
          input.appendChild(el('option', c[1])).value = c[0];
        });
      } else {
        input = el('input');
        input.type = q.answerType === 'NUMBER' ? 'number' : 'text';
        input.maxLength = 200;
      }
      input.dataset.key = q.key;
      field.appendChild(input);
      box.appendChild(field);
    });
  }

  function selectedTrade() {
    var checked = document.querySelector('input[name=trade]:checked');
    return (
      checked &&
      portal.trades.filter(function (tr) {
        return tr.category === checked.value;
      })[0]
    );
  }

  function renderPortal() {
    $('campus').textContent = portal.campusName;
    $('place').textContent = portal.placeName;
    $('asset').textContent = portal.assetName ? t('asset') + portal.assetName + (portal.assetNo ? '（' + portal.assetNo + '）' : '') : '';
    $('where').hidden = false;
    var open = $('openList');
    open.textContent = '';
    portal.openReports.forEach(function (r) {
      open.appendChild(reportItem(r.number + '　' + r.title, r.status));
    });
    $('open').hidden = !portal.openReports.length;
    var trades = $('trades');
    var previous = selectedTrade();
    trades.textContent = '';
    portal.trades.forEach(function (trade) {
      var label = el('label');
      var radio = el('input');
      radio.type = 'radio';
      radio.name = 'trade';
      radio.value = trade.category;
      radio.checked = previous ? previous.category === trade.category : trade.category === portal.suggestedCategory;
      radio.addEventListener('change', renderQuestions);
      label.appendChild(radio);
      label.appendChild(document.createTextNode(lang === 'en' ? trade.nameEn : trade.nameZh));
      trades.appendChild(label);
    });
    renderQuestions();
    $('form').hidden = false;
  }

  function applyLanguage() {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = t('title');
    Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (node) {
      node.textContent = t(node.dataset.t);
    });
    $('lang').textContent = t('other');
    if (portal) renderPortal();
    renderFollowUps();
  }

  // Phones take 5–12 MB photos; a 1600 px JPEG shows a leak just as well and uploads on a weak signal.
  function shrink(file) {
    return new Promise(function (resolve, reject) {
      var image = new Image();
      var url = URL.createObjectURL(file);
      image.onload = function () {
        var scale = Math.min(1, 1600 / Math.max(image.width, image.height));
        var canvas = document.createElement('canvas');
        canvas.width = Math.round(image.width * scale);
        canvas.height = Math.round(image.height * scale);
        canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
        URL.revokeObjectURL(url);
        resolve(canvas.toDataURL('image/jpeg', 0.85).split(',')[1]);
      };
      image.onerror = function () {
        URL.revokeObjectURL(url);
        reject(new Error(file.name));
      };
      image.src = url;
    });
  }

  function submit(event) {
    event.preventDefault();
    var error = $('formError');
    error.hidden = true;
    var trade = selectedTrade();
    var description = $('description').value.trim();
    if (!trade || !description) {
      error.textContent = !trade ? t('chooseTrade') : t('describe');
      error.hidden = false;
      return;
    }
    var answers = Array.prototype.map
      .call(document.querySelectorAll('#questions [data-key]'), function (input) {
        return { key: input.dataset.key, value: input.value.trim() };
      })
      .filter(function (a) {
        return a.value;
      });
    var input = {
      category: trade.category,
      description: description,
      urgent: $('urgent').checked,
      answers: answers,
      contactName: $('contactName').value.trim() || null,
      contactPhone: $('contactPhone').value.trim() || null,
    };
    var button = $('submit');
    button.disabled = true;
    button.textContent = t('sending');
    var mutation = 'mutation($input:SubmitPortalReportInput!){submitPortalReport(input:$input){followUpCode workOrderId report{number duplicate}}}';
    graphql(mutation, { input: input })
      .then(function (data) {
        var receipt = data.submitPortalReport;
        saveFollowUp(receipt.followUpCode);
        var files = Array.prototype.slice.call($('photos').files || [], 0, MAX_PHOTOS);
        var done = $('done');
        done.textContent = t(receipt.report.duplicate ? 'joined' : 'received', { number: receipt.report.number });
        return files
          .reduce(function (chain, file) {
            return chain
              .then(function () {
                return shrink(file);
              })
              .then(function (base64) {
                return graphql(
                  'mutation($input:AttachPhotoInput!){attachPhoto(input:$input){id}}',
                  { input: { workOrderId: receipt.workOrderId, contentType: 'image/jpeg', base64: base64 } },
                  false,
                  '/graphql/upload',
                );
              })
              .catch(function (e) {
                done.appendChild(el('div', t('photoFailed', { message: e.message }), 'muted'));
              });
          }, Promise.resolve())
          .then(function () {
            $('form').hidden = true;
            done.hidden = false;
            return showFollowUps();
          });
      })
      .catch(function (e) {
        error.textContent = e.message;
        error.hidden = false;
      })
      .then(function () {
        button.disabled = false;
        button.textContent = t('submit');
      });
  }

  $('lang').addEventListener('click', function () {
    lang = lang === 'en' ? 'zh' : 'en';
    applyLanguage();
  });
  $('form').addEventListener('submit', submit);
  applyLanguage();
  openSession()
    .then(function () {
      var query =
        'query{repairPortal{campusName placeName assetName assetNo suggestedCategory trades{category nameZh nameEn questions{key questionZh questionEn answerType choices required}} openReports{number category title status submittedAt}}}';
      return graphql(query);
    })
    .then(function (data) {
      portal = data.repairPortal;
      renderPortal();
      return showFollowUps();
    })
    .catch(function (e) {
      $('fatal').textContent = e.message;
      $('fatal').hidden = false;
    });
})();
