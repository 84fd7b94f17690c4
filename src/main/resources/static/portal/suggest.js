// Suggests help articles while the customer types the subject of a new inquiry, and opens the chosen type's form.
// Loaded as a file (the Content-Security-Policy allows no inline script).
(function () {
  'use strict';
  var subject = document.getElementById('subject');
  var box = document.getElementById('suggestions');
  var category = document.getElementById('category');
  if (!subject || !box || !window.fetch) {
    return;
  }
  var list = box.querySelector('ul');
  var timer = null;
  var latest = 0;

  function render(articles) {
    list.textContent = '';
    articles.forEach(function (article) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = box.getAttribute('data-article-base') + encodeURIComponent(article.slug);
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = article.title;
      item.appendChild(link);
      list.appendChild(item);
    });
    box.hidden = articles.length === 0;
  }

  function lookUp() {
    var text = subject.value.trim();
    if (text.length < 2) {
      render([]);
      return;
    }
    var params = new URLSearchParams({ q: text, limit: '3' });
    if (category && category.value) {
      params.set('category', category.value);
    }
    var request = ++latest;
    fetch(box.getAttribute('data-api') + '?' + params.toString(), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : { articles: [] }; })
      .then(function (result) {
        if (request === latest) {
          render(result.articles || []);
        }
      })
      .catch(function () { render([]); });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(lookUp, 300);
  }

  subject.addEventListener('input', later);
  if (category) {
    category.addEventListener('change', function () {
      var body = document.getElementById('body');
      // Each type has its own extra fields: reload the form for the chosen type while nothing is typed yet.
      if (!subject.value.trim() && (!body || !body.value.trim()) && category.value) {
        window.location.assign('?category=' + encodeURIComponent(category.value));
        return;
      }
      later();
    });
  }
  if (subject.value) {
    lookUp();
  }
}());
