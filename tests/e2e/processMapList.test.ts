import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFocused, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading, waitForFocus } from './helpers/people.ts';
import { switchBackToEnglish } from './helpers/settings.ts';
import {
  addByKeyboard,
  chooseByKeyboard,
  connectionsOf,
  editByKeyboard,
  item,
  keyTo,
  listStatus,
  openListByKeyboard,
  outlineOf,
  stage,
  STAGES,
  waitForConnections,
} from './helpers/processMapList.ts';
import { addOnCanvas, canvasEdge, canvasNode, connectOnCanvas } from './helpers/processMapCanvasSteps.ts';
import { MapTestWorld, SAVED } from './helpers/processMapWorld.ts';

describe('the process map as an accessible list', { timeout: 180_000 }, () => {
  let world: MapTestWorld;
  beforeAll(async () => {
    world = await MapTestWorld.start();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('a keyboard-only path builds a small three-stage map in the list view', async () => {
    const url = await world.newMap('Involving people in the new home care model');
    const page = await world.commissioner();
    await world.openMap(page, url, 'Involving people in the new home care model');
    await openListByKeyboard(page);

    // One item in each stage, and one more to move and one to remove.
    await addByKeyboard(page, STAGES.define, 'Stakeholder group', "The carers' forum");
    await addByKeyboard(page, STAGES.define, 'Engagement method or event', 'Survey of people who use services');
    await addByKeyboard(page, STAGES.define, 'Activity', 'Draft idea to drop');
    await addByKeyboard(page, STAGES.design, 'Activity', 'Test the new visit times');
    await addByKeyboard(page, STAGES.implement, 'Feedback loop (you said, we did)', 'Tell people what changed');
    const define = stage(page, STAGES.define);
    const design = stage(page, STAGES.design);
    const implement = stage(page, STAGES.implement);

    // Who is involved: a checkbox, ticked with Space.
    const forum = item(define, "The carers' forum");
    await editByKeyboard(page, forum, true);
    const carers = forum.getByRole('checkbox', { name: 'Carers' });
    await keyTo(page, carers);
    await page.keyboard.press('Space');
    await waitForText(forum.locator('dl'), /Who is involved:?\s*Carers/);

    // Connect the forum to the test, with a label, from the forum's editing controls.
    const target = forum.getByLabel('Connect to');
    await keyTo(page, target);
    await chooseByKeyboard(page, target, 'Test the new visit times');
    await page.keyboard.press('Tab');
    await page.keyboard.type('findings');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForText(listStatus(page), /Connected “The carers' forum” to “Test the new visit times”/);
    await waitForConnections(forum, ['to “Test the new visit times” (findings)']);
    await waitForConnections(item(design, 'Test the new visit times'), ["from “The carers' forum” (findings)"]);

    // Move the survey to "Design and test": focus follows it there.
    const survey = item(define, 'Survey of people who use services');
    await editByKeyboard(page, survey);
    const moveTo = survey.getByLabel('Move to stage');
    await keyTo(page, moveTo);
    await chooseByKeyboard(page, moveTo, STAGES.design);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const moved = item(design, 'Survey of people who use services');
    await waitForFocus(moved.getByRole('heading', { level: 3 }), 'the moved item focused in its new stage');
    await waitForText(listStatus(page), /Moved “Survey of people who use services” to Design and test/);
    expect(await item(define, 'Survey of people who use services').count()).toBe(0);

    // Connect the test to the feedback loop, without a label.
    const test = item(design, 'Test the new visit times');
    await editByKeyboard(page, test, true);
    await keyTo(page, test.getByLabel('Connect to'));
    await chooseByKeyboard(page, test.getByLabel('Connect to'), 'Tell people what changed');
    await keyTo(page, test.getByRole('button', { name: 'Connect', exact: true }));
    await page.keyboard.press('Enter');
    await waitForConnections(test, ['to “Tell people what changed”', "from “The carers' forum” (findings)"]);

    // Rename the test from its Name field; its heading and the forum's connection follow.
    const name = test.getByLabel('Name', { exact: true });
    await keyTo(page, name, { backwards: true });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Try the new visit times');
    const renamed = item(design, 'Try the new visit times');
    await renamed.waitFor();
    expect(await isFocused(renamed.getByLabel('Name', { exact: true }))).toBe(true);
    await waitForConnections(forum, ['to “Try the new visit times” (findings)']);

    // Remove the draft: asked first (focus starts on Cancel), then focus goes to the item before it.
    const draft = item(define, 'Draft idea to drop');
    await editByKeyboard(page, draft, true);
    await keyTo(page, draft.getByRole('button', { name: 'Remove “Draft idea to drop”' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Remove “Draft idea to drop”?' });
    await waitForFocus(dialog.getByRole('button', { name: 'Cancel' }), 'Cancel focused in the dialog');
    await page.keyboard.press('Shift+Tab');
    expect(await isFocused(dialog.getByRole('button', { name: 'Remove the item' }))).toBe(true);
    await page.keyboard.press('Enter');
    await waitForText(listStatus(page), /Removed “Draft idea to drop”/);
    await waitForFocus(forum.getByRole('heading', { level: 3 }), 'the item before the removed one focused');
    expect(await item(define, 'Draft idea to drop').count()).toBe(0);
    await expectAccessible(page);

    // What the person sees now, and again after a reload: it was stored.
    const expectBuiltMap = async () => {
      // After a reload the list fills once the document has synced: wait for the last item before reading the lists.
      await item(implement, 'Tell people what changed').getByRole('heading', { level: 3 }).waitFor();
      await forum.getByRole('heading', { level: 3 }).waitFor();
      expect(await define.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(["The carers' forum"]);
      expect(await design.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Try the new visit times', 'Survey of people who use services']);
      expect(await implement.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Tell people what changed']);
      await waitForConnections(forum, ['to “Try the new visit times” (findings)']);
      await waitForConnections(item(design, 'Try the new visit times'), ['to “Tell people what changed”', "from “The carers' forum” (findings)"]);
      await waitForConnections(item(implement, 'Tell people what changed'), ['from “Try the new visit times”']);
      await waitForText(forum.locator('dl'), /Stakeholder group[\s\S]*Carers/);
    };
    await expectBuiltMap();
    await waitForText(page.locator('#map-status'), SAVED);
    await page.reload();
    await expectHeading(page, 'Involving people in the new home care model');
    await openListByKeyboard(page);
    await expectBuiltMap();
    expect(await page.getByRole('heading', { level: 3, name: 'Draft idea to drop' }).count()).toBe(0);
  });

  it('has no serious accessibility problems in English or Welsh, with an item open for editing and with the remove dialog', async () => {
    const { page } = await world.tool19Map('Tool 19 in two languages');
    await expectAccessible(page);
    const workshop = item(stage(page, STAGES.define), 'Workshop: what matters to you');
    await workshop.getByRole('button', { name: 'Edit “Workshop: what matters to you”' }).click();
    await waitForText(workshop.locator('dl'), /Engagement method or event: Workshop/);
    expect(await workshop.getByLabel('Engagement method').inputValue()).toBe('workshop');
    // A connection's label is changed here too, written when the field is left (Enter).
    await workshop.getByLabel('Label on the connection to “Agree the outcomes the service will work towards”').fill('feeds into');
    await workshop.getByLabel('Label on the connection to “Agree the outcomes the service will work towards”').press('Enter');
    await waitForConnections(workshop, [
      'to “Agree the outcomes the service will work towards” (feeds into)',
      ...(await connectionsOf(workshop)).filter((line) => line.startsWith('from')),
    ]);
    // Status, owner and dates, shown in words among its facts.
    await workshop.getByLabel('Status', { exact: true }).selectOption({ label: 'In progress' });
    await workshop.getByLabel('Owner').fill('Commissioning team');
    await workshop.getByLabel('Start date').fill('2027-03-01');
    await workshop.getByLabel('End date').fill('2027-03-31');
    await waitForText(workshop.locator('dl'), /Status:?\s*In progress[\s\S]*Owner:?\s*Commissioning team[\s\S]*Dates:?\s*1 March 2027 to 31 March 2027/);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await waitForText(item(stage(page, "Pennu a diffinio'r diben"), 'Workshop: what matters to you').locator('dl'), /Statws:?\s*Ar y gweill[\s\S]*Dyddiadau:?\s*1 Mawrth 2027 i 31 Mawrth 2027/);
    const design = stage(page, 'Dylunio a phrofi');
    await design.getByRole('heading', { level: 2 }).waitFor();
    await stage(page, "Pennu a diffinio'r diben").getByRole('button', { name: /^Gorffen golygu “/ }).waitFor();
    // Content stays in the language it was written in; only the interface changes.
    const form = page.getByRole('form', { name: 'Ychwanegu eitem at y cam: Dylunio a phrofi' });
    await form.getByLabel('Enw').fill('Sesiwn galw heibio yn y llyfrgell');
    await form.getByRole('button', { name: 'Ychwanegu at y cam: Dylunio a phrofi' }).click();
    await waitForText(listStatus(page), /Wedi ychwanegu “Sesiwn galw heibio yn y llyfrgell” at y cam: Dylunio a phrofi/);
    const added = item(design, 'Sesiwn galw heibio yn y llyfrgell');
    await waitForFocus(added.getByRole('heading', { level: 3 }), 'the new item focused');
    await waitForText(added.locator('dl'), /Math:?\s*Gweithgaredd[\s\S]*Statws:?\s*Wedi'i gynllunio/);
    await expectAccessible(page);

    await added.getByRole('button', { name: 'Golygu “Sesiwn galw heibio yn y llyfrgell”' }).click();
    const remove = added.getByRole('button', { name: 'Dileu “Sesiwn galw heibio yn y llyfrgell”' });
    await remove.click();
    const dialog = page.getByRole('dialog', { name: 'Dileu “Sesiwn galw heibio yn y llyfrgell”?' });
    await dialog.getByText("Bydd ei chysylltiadau'n cael eu dileu gyda hi").waitFor();
    await expectAccessible(page);
    // Escape keeps it, and focus goes back to the button that asked.
    await page.keyboard.press('Escape');
    await waitForFocus(remove, 'focus back on Remove');
    expect(await added.count()).toBe(1);
    await switchBackToEnglish(page); // Cerys signs in again below; her language is remembered with her account
  });

  it('shows a citizen the same outline read-only, with no controls, in English and Welsh', async () => {
    const { url } = await world.tool19Map('Tool 19 for citizens');
    const page = await world.citizen();
    await world.openMap(page, url, 'Tool 19 for citizens');
    await openListByKeyboard(page);
    const workshop = item(stage(page, STAGES.define), 'Workshop: what matters to you');
    await waitForText(workshop, /Engagement method or event: Workshop/);
    const list = page.locator('.map-list');
    expect(await list.getByRole('button').count()).toBe(0);
    expect(await list.getByRole('form').count()).toBe(0);
    expect(await list.getByRole('textbox').count()).toBe(0);
    expect(await list.getByRole('combobox').count()).toBe(0);
    expect(await list.getByRole('checkbox').count()).toBe(0);
    expect((await workshop.locator('.map-list__connection').count()) > 0).toBe(true);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await stage(page, 'Dylunio a phrofi').waitFor();
    await waitForText(item(stage(page, "Pennu a diffinio'r diben"), 'Workshop: what matters to you'), /Math:?\s*Dull neu ddigwyddiad ymgysylltu: Gweithdy/);
    expect(await list.getByRole('button').count()).toBe(0);
    await expectAccessible(page);
  });

  it('one participant adds and connects nodes on the canvas, the other sees them live and renames one from the list view; both views agree; reload shows it persisted', async () => {
    const title = 'Drawn together';
    const url = await world.newMap(title);
    const cerys = await world.commissioner();
    await world.openMap(cerys, url, title);
    const mair = await world.guestInWorkshop('Mair');
    await world.openMap(mair, url, title);
    await mair.getByRole('button', { name: 'List', exact: true }).click();
    await stage(mair, STAGES.define).waitFor();

    // Cerys draws two nodes from the canvas toolbar and connects them with a drag.
    await addOnCanvas(cerys, STAGES.define, "Meet the carers' forum");
    await addOnCanvas(cerys, STAGES.design, 'Try the new visit times');
    await connectOnCanvas(cerys, "Meet the carers' forum", 'Try the new visit times');

    // Mair sees both, connected, live in her list.
    const forum = item(stage(mair, STAGES.define), "Meet the carers' forum");
    await waitForConnections(forum, ['to “Try the new visit times”']);
    const visits = item(stage(mair, STAGES.design), 'Try the new visit times');
    await waitForConnections(visits, ["from “Meet the carers' forum”"]);
    await expectAccessible(mair);

    // She renames the second from the list; the canvas follows as she types.
    await visits.getByRole('button', { name: 'Edit “Try the new visit times”' }).click();
    const name = visits.getByLabel('Name', { exact: true });
    await name.click();
    await mair.keyboard.press('Control+A');
    await mair.keyboard.type('Test the new visit times in Wrexham');
    await canvasNode(cerys, 'Test the new visit times in Wrexham').waitFor();
    await canvasEdge(cerys, "Meet the carers' forum", 'Test the new visit times in Wrexham').waitFor({ state: 'attached' });
    await waitForConnections(forum, ['to “Test the new visit times in Wrexham”']);
    await expectAccessible(cerys);

    // Both views agree: Cerys's list reads as Mair's does.
    await cerys.getByRole('button', { name: 'List', exact: true }).click();
    const expected = {
      [`${STAGES.define} / Meet the carers' forum`]: ['to “Test the new visit times in Wrexham”'],
      [`${STAGES.design} / Test the new visit times in Wrexham`]: ["from “Meet the carers' forum”"],
    };
    await item(stage(cerys, STAGES.design), 'Test the new visit times in Wrexham').waitFor();
    expect(await outlineOf(cerys)).toEqual(expected);
    expect(await outlineOf(mair)).toEqual(expected);

    await waitForText(mair.locator('#map-status'), SAVED);
    await mair.reload();
    await expectHeading(mair, title);
    await mair.getByRole('button', { name: 'List', exact: true }).click();
    await item(stage(mair, STAGES.design), 'Test the new visit times in Wrexham').waitFor();
    expect(await outlineOf(mair)).toEqual(expected);

    // Cerys is typing in an item when Mair removes it: her focus goes to its stage, and she is told why.
    const forumForCerys = item(stage(cerys, STAGES.define), "Meet the carers' forum");
    await forumForCerys.getByRole('button', { name: /^Edit “/ }).click();
    await forumForCerys.getByLabel('Description').click();
    const forumForMair = item(stage(mair, STAGES.define), "Meet the carers' forum");
    await forumForMair.getByRole('button', { name: /^Edit “/ }).click();
    await forumForMair.getByRole('button', { name: "Remove “Meet the carers' forum”" }).click();
    await mair.getByRole('dialog').getByRole('button', { name: 'Remove the item' }).click();
    await waitForFocus(stage(cerys, STAGES.define).getByRole('heading', { level: 2 }), 'the stage heading focused');
    await waitForText(listStatus(cerys), /“Meet the carers' forum” was removed by someone else/);
    await waitForConnections(item(stage(cerys, STAGES.design), 'Test the new visit times in Wrexham'), []);
  });
});
