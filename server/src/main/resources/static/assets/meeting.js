// Keeps a meeting page live: the lobby and roster follow the meeting's event stream without a
// reload, and changes are announced politely to screen readers. Without it the Refresh link works.
"use strict";

(() => {
  const live = document.getElementById("meeting-live");
  if (!live || !window.EventSource) {
    return;
  }

  const timeText = (iso) => iso.replace("T", " ").replace(/\.\d+/, "").replace("Z", " UTC");

  const cell = (row, text, tag) => {
    const element = document.createElement(tag || "td");
    element.textContent = text;
    row.appendChild(element);
    return element;
  };

  const callRow = (call, withRole) => {
    const row = document.createElement("tr");
    cell(row, call.callerId || "Anonymous");
    if (withRole) {
      cell(row, call.organizer ? "Organizer" : "Participant");
    }
    const joined = document.createElement("time");
    joined.dateTime = call.joinedAt;
    joined.textContent = timeText(call.joinedAt);
    cell(row, "").appendChild(joined);
    cell(row, "").appendChild(Object.assign(document.createElement("code"), { textContent: call.call }));
    return row;
  };

  const fill = (id, calls, withRole) => {
    const body = document.getElementById(id);
    const rows = calls.map((call) => callRow(call, withRole));
    if (rows.length === 0) {
      const empty = document.createElement("tr");
      cell(empty, body.dataset.empty).colSpan = withRole ? 4 : 3;
      rows.push(empty);
    }
    body.replaceChildren(...rows);
  };

  const render = (meeting) => {
    const state = document.getElementById("meeting-state");
    state.textContent = meeting.started ? "Started" : "Not started";
    state.classList.toggle("ok", meeting.started);
    state.classList.toggle("warn", !meeting.started);
    document.getElementById("meeting-explained").textContent = meeting.started
      ? "Callers join the meeting directly."
      : "Callers wait in the lobby until the organizer enters their leader PIN.";
    document.getElementById("lobby-count").textContent = meeting.lobby.length;
    document.getElementById("roster-count").textContent = meeting.roster.length;
    fill("lobby-calls", meeting.lobby, false);
    fill("roster-calls", meeting.roster, true);
  };

  const caller = (call) => call.callerId || "An anonymous caller";

  // What changed, in words: who joined the lobby or the meeting, who left, whether it started.
  const changes = (before, after) => {
    const where = new Map();
    before.lobby.forEach((call) => where.set(call.call, "lobby"));
    before.roster.forEach((call) => where.set(call.call, "meeting"));
    const news = [];
    if (after.started && !before.started) {
      news.push("The meeting started.");
    } else if (!after.started && before.started) {
      news.push("The meeting ended.");
    }
    after.lobby.filter((call) => !where.has(call.call)).forEach((call) => news.push(caller(call) + " is waiting in the lobby."));
    after.roster.filter((call) => where.get(call.call) !== "meeting")
      .forEach((call) => news.push(caller(call) + " joined the meeting."));
    const now = new Set([...after.lobby, ...after.roster].map((call) => call.call));
    [...before.lobby, ...before.roster].filter((call) => !now.has(call.call)).forEach((call) => news.push(caller(call) + " left."));
    return news;
  };

  const news = document.getElementById("meeting-news");
  let last = null;
  const source = new EventSource(live.dataset.events);
  source.addEventListener("meeting", (event) => {
    const meeting = JSON.parse(event.data);
    render(meeting);
    if (last) {
      const said = changes(last, meeting);
      if (said.length > 0) {
        news.textContent = said.join(" ");
      }
    } else {
      news.textContent = "This page updates by itself.";
    }
    last = meeting;
  });
  source.addEventListener("error", () => {
    news.textContent = source.readyState === EventSource.CLOSED
      ? "Live updates stopped. Use Refresh to see the meeting as it is now."
      : "Live updates are interrupted; trying again.";
  });
})();
