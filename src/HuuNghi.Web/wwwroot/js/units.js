// Unit picker (_UnitPicker): type a name or code, choose with the mouse or the arrow keys and Enter.
// The hidden input keeps the form's field, so the page never needs a drop-down of every unit.
// The several-units picker (_UnitsPicker) adds each choice as a chip with its own hidden input (× or Backspace
// in the empty box removes one), so the form posts the ids as a multiple select did.
(() => {
  const init = (box) => {
    const multiple = box.hasAttribute("data-units-picker");
    const chips = box.querySelector(".unit-chips");
    const hidden = multiple ? null : box.querySelector("input[type=hidden]");
    const input = box.querySelector("input[role=combobox]");
    const list = box.querySelector("[role=listbox]");
    let units = [], active = -1, timer = 0, asked = 0, chosenName = input.value;

    const chosenIds = () => multiple ? [...chips.querySelectorAll("input[type=hidden]")].map((h) => h.value) : [];
    const removeChip = (chip) => {
      const next = chip.nextElementSibling?.querySelector("button") ?? chip.previousElementSibling?.querySelector("button");
      chip.remove();
      (next ?? input).focus();
    };
    const addChip = (u) => {
      if (chosenIds().includes(String(u.id))) return;
      const li = document.createElement("li");
      li.className = "unit-chip";
      li.dataset.id = String(u.id);
      const field = document.createElement("input");
      Object.assign(field, { type: "hidden", name: box.dataset.field, value: String(u.id) });
      const name = document.createElement("span");
      name.textContent = u.name;
      const remove = document.createElement("button");
      Object.assign(remove, { type: "button", className: "chip-remove", textContent: "×" });
      remove.setAttribute("aria-label", `${box.dataset.remove} ${u.name}`);
      li.append(field, name, remove);
      chips.append(li);
    };
    if (multiple) chips.addEventListener("click", (e) => {
      const button = e.target.closest(".chip-remove");
      if (button) removeChip(button.closest(".unit-chip"));
    });

    const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); active = -1; };
    const mark = () => list.querySelectorAll("[role=option]").forEach((li, i) => {
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      if (i === active) { input.setAttribute("aria-activedescendant", li.id); li.scrollIntoView({ block: "nearest" }); }
    });
    const choose = (i) => {
      const u = units[i];
      if (!u) return;
      if (multiple) { addChip(u); input.value = chosenName = ""; close(); return; }
      hidden.value = String(u.id);
      input.value = chosenName = u.name;
      close();
      hidden.dispatchEvent(new Event("change", { bubbles: true }));
    };
    const note = (text) => { const li = document.createElement("li"); li.className = "note"; li.textContent = text; list.append(li); };
    const show = (result) => {
      const taken = chosenIds();
      units = result.units.filter((u) => !taken.includes(String(u.id)));
      list.replaceChildren();
      units.forEach((u, i) => {
        const li = document.createElement("li");
        li.id = `${list.id}-${u.id}`;
        li.setAttribute("role", "option");
        li.textContent = u.name + (u.ended ? box.dataset.ended : "");
        if (u.parentName) { const small = document.createElement("small"); small.textContent = ` · ${u.parentName}`; li.append(small); }
        li.addEventListener("mousedown", (e) => { e.preventDefault(); choose(i); });
        list.append(li);
      });
      if (units.length === 0) note(box.dataset.none);
      if (result.more) note(box.dataset.more);
      active = units.length > 0 ? 0 : -1;
      mark();
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    };
    const search = async () => {
      const mine = ++asked;
      const response = await fetch(`${box.dataset.search}&q=${encodeURIComponent(input.value.trim())}`, { headers: { Accept: "application/json" } });
      if (!response.ok || mine !== asked) return;
      show(await response.json());
    };

    input.addEventListener("input", () => {
      if (input.value.trim() === "" && box.dataset.empty && hidden) hidden.value = "";
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
    input.addEventListener("focus", () => { if (list.hidden) { clearTimeout(timer); timer = setTimeout(search, 0); } });
    input.addEventListener("keydown", (e) => {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (list.hidden) { search(); return; }
        if (units.length > 0) { active = (active + (e.key === "ArrowDown" ? 1 : units.length - 1)) % units.length; mark(); }
      } else if (e.key === "Enter" && !list.hidden && active >= 0) {
        e.preventDefault();
        choose(active);
      } else if (e.key === "Escape") close();
      else if (multiple && e.key === "Backspace" && input.value === "" && chips.lastElementChild) {
        e.preventDefault();
        removeChip(chips.lastElementChild);
        input.focus();
      }
    });
    // Leaving the box without choosing puts back the unit still in the hidden input (or none, where allowed).
    input.addEventListener("blur", () => {
      close();
      if (multiple) input.value = "";
      else if (input.value.trim() === "" && box.dataset.empty) { hidden.value = ""; chosenName = ""; }
      else input.value = chosenName;
    });
  };
  document.querySelectorAll("[data-unit-picker], [data-units-picker]").forEach(init);
})();

// Org tree (/OrgUnits): a node's children are drawn by the server only when the node is first opened.
document.addEventListener("toggle", async (e) => {
  const node = e.target;
  if (!(node instanceof HTMLDetailsElement) || !node.open || !node.dataset.children) return;
  const url = node.dataset.children;
  delete node.dataset.children;
  const response = await fetch(url, { headers: { Accept: "text/html" } });
  if (!response.ok) { node.dataset.children = url; return; }
  node.querySelector(":scope > ul").innerHTML = await response.text();
}, true);
