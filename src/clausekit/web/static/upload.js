// Drag and drop onto the form, and progress while the files are sent and read.
// Without this script the form still works: it posts and the browser shows the answer.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("review");
  var input = document.getElementById("file");
  var drop = document.getElementById("drop");
  var chosen = document.getElementById("chosen");
  var progress = document.getElementById("progress");
  var bar = document.getElementById("bar");
  var text = document.getElementById("progress-text");
  var error = document.getElementById("error");
  var button = document.getElementById("submit");
  if (!form || !input || !window.XMLHttpRequest || !window.FormData) { return; }

  function list() {
    chosen.textContent = "";
    for (var i = 0; i < input.files.length; i++) {
      var item = document.createElement("li");
      item.textContent = input.files[i].name + " (" + Math.ceil(input.files[i].size / 1024) + " KB)";
      chosen.appendChild(item);
    }
  }
  input.addEventListener("change", list);
  ["dragenter", "dragover"].forEach(function (name) {
    drop.addEventListener(name, function (event) { event.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (name) {
    drop.addEventListener(name, function (event) { event.preventDefault(); drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (event) {
    if (event.dataTransfer && event.dataTransfer.files.length) { input.files = event.dataTransfer.files; list(); }
  });

  form.addEventListener("submit", function (event) {
    if (!input.files.length) { return; }
    event.preventDefault();
    var request = new XMLHttpRequest();
    var started = 0, timer = null;
    error.hidden = true;
    progress.hidden = false;
    button.disabled = true;
    request.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        var percent = Math.round(100 * e.loaded / e.total);
        bar.value = percent;
        text.textContent = form.dataset.uploading.replace("{percent}", percent);
      }
    });
    request.upload.addEventListener("load", function () {
      started = Date.now();
      bar.removeAttribute("value");  // indeterminate while the server reads
      var tick = function () {
        text.textContent = form.dataset.reading.replace("{seconds}", Math.round((Date.now() - started) / 1000));
      };
      tick();
      timer = window.setInterval(tick, 1000);
    });
    request.addEventListener("loadend", function () {
      if (timer) { window.clearInterval(timer); }
      var location = request.getResponseHeader("X-Review-Page");
      if (request.status === 200 && location) { window.location.assign(location); return; }
      progress.hidden = true;
      button.disabled = false;
      error.textContent = form.dataset.failed + ": " + (request.responseText || request.statusText || "network error").trim();
      error.hidden = false;
    });
    request.open("POST", form.action);
    request.send(new FormData(form));
  });
});
