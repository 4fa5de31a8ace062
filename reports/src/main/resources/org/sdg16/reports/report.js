/* sdg16 report: search over countries, series and pages, and sortable tables.
   Our own script, no network: the search index is search-index.js beside it (it sets
   window.SDG16_SEARCH, as file:// pages cannot fetch JSON). Without scripts the pages work as they
   are: the search box stays hidden, the country menu in the header is a plain list of links. */
(function () {
  'use strict';

  /* ---- search ---- */
  function fold(s) {
    return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function setUpSearch() {
    var box = document.querySelector('.search');
    var items = window.SDG16_SEARCH;
    if (!box || !items) {
      return;
    }
    var rel = box.getAttribute('data-rel') || '';
    var input = box.querySelector('input');
    var out = box.querySelector('.search-results');
    box.hidden = false;
    function show() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      out.textContent = '';
      if (words.length === 0) {
        out.hidden = true;
        return;
      }
      var found = items.filter(function (it) {
        var text = fold(it.label + ' ' + it.kind + ' ' + (it.also || ''));
        return words.every(function (w) { return text.indexOf(w) >= 0; });
      }).slice(0, 20);
      if (found.length === 0) {
        var none = document.createElement('li');
        none.textContent = 'Nothing found';
        out.appendChild(none);
      }
      found.forEach(function (it) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = rel + it.href;
        a.textContent = it.label;
        var kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = ' ' + it.kind + (it.detail ? ', ' + it.detail : '');
        li.appendChild(a);
        li.appendChild(kind);
        out.appendChild(li);
      });
      out.hidden = false;
    }
    input.addEventListener('input', show);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') {
        input.value = '';
        show();
      }
    });
    box.addEventListener('submit', function (e) {
      e.preventDefault();
      var first = out.querySelector('a');
      if (first) {
        window.location.href = first.href;
      }
    });
  }

  /* ---- sortable tables ---- */
  /* a cell's value to sort by: a number when it reads as one ("1,234", "29.7%", "-3.1 points",
     "12 [3]" with a footnote mark), else its text; missing ("", "–", "—") is null and sorts last */
  function key(cell) {
    var t = cell ? cell.textContent.trim() : '';
    if (t === '' || t === '\u2013' || t === '\u2014' || t === '-') {
      return null;
    }
    var m = t.replace(/\u2212/g, '-').match(/^[+-]?\d[\d,]*(\.\d+)?(?=%|\s|$)/);
    if (m) {
      return parseFloat(m[0].replace(/,/g, ''));
    }
    return fold(t);
  }

  function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
      return a - b;
    }
    return String(a).localeCompare(String(b));
  }

  function makeSortable(table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    var body = table.tBodies[0];
    if (!body || body.rows.length < 2) {
      return;
    }
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener('click', function () {
        var up = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
        var rows = Array.prototype.map.call(body.rows, function (r, i) {
          return { row: r, key: key(r.cells[col]), i: i };
        });
        rows.sort(function (x, y) {
          if (x.key === null || y.key === null) { /* missing last, either way */
            return (x.key === null) - (y.key === null) || x.i - y.i;
          }
          return (up ? 1 : -1) * compare(x.key, y.key) || x.i - y.i;
        });
        rows.forEach(function (r) { body.appendChild(r.row); });
      });
    });
  }

  function setUpTables() {
    var tables = document.querySelectorAll('main table');
    Array.prototype.forEach.call(tables, function (t) {
      if (!t.classList.contains('nosort') && t.tHead && t.tHead.rows.length === 1) {
        makeSortable(t);
      }
    });
  }

  function start() {
    setUpSearch();
    setUpTables();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
