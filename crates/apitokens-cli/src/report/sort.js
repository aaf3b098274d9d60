/* Optional: click a column header to sort each group of rows by it. The
   page is complete without this script. */
/* Severities sort by rank, everything else as text (numbers by value). */
var RANK = { high: "3", medium: "2", low: "1" };
function key(cell) {
  var text = cell ? cell.textContent : "";
  return RANK[text] || text;
}
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("thead th").forEach(function (th, column) {
    /* The header keeps its text; the button beside it sorts. (A header made
       of a button alone prints empty where Chromium repeats it on a page.) */
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "\u2195";
    button.setAttribute("aria-label", "Sort by " + th.textContent);
    th.appendChild(document.createTextNode(" "));
    th.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("thead th").forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      table.querySelectorAll("tbody").forEach(function (body) {
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[column]), y = key(b.cells[column]);
          return (ascending ? 1 : -1) * x.localeCompare(y, undefined, { numeric: true });
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
});
