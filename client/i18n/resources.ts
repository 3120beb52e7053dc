import cyCore from './locales/cy.json';
import enCore from './locales/en.json';
import accessibilityCy from './locales/features/accessibility.cy.json';
import accessibilityEn from './locales/features/accessibility.en.json';
import bilingualCy from './locales/features/bilingual.cy.json';
import bilingualEn from './locales/features/bilingual.en.json';
import easyReadCy from './locales/features/easyRead.cy.json';
import easyReadEn from './locales/features/easyRead.en.json';
import settingsCy from './locales/features/settings.cy.json';
import settingsEn from './locales/features/settings.en.json';
import auditCy from './locales/features/audit.cy.json';
import auditEn from './locales/features/audit.en.json';
import historyCy from './locales/features/history.cy.json';
import historyEn from './locales/features/history.en.json';
import callsCy from './locales/features/calls.cy.json';
import callsEn from './locales/features/calls.en.json';
import callsManageCy from './locales/features/callsManage.cy.json';
import callsManageEn from './locales/features/callsManage.en.json';
import commentsPanelCy from './locales/features/commentsPanel.cy.json';
import commentsPanelEn from './locales/features/commentsPanel.en.json';
import mapCanvasCy from './locales/features/mapCanvas.cy.json';
import mapCanvasEn from './locales/features/mapCanvas.en.json';
import mapListCy from './locales/features/mapList.cy.json';
import mapListEn from './locales/features/mapList.en.json';
import mapsCy from './locales/features/maps.cy.json';
import mapsEn from './locales/features/maps.en.json';
import specEditorToolsCy from './locales/features/specEditorTools.cy.json';
import specEditorToolsEn from './locales/features/specEditorTools.en.json';

/*
 * One file per feature, each the subtree under its own top-level key, so
 * people working on different screens never edit the same file.
 */
export const en = {
  ...enCore,
  accessibility: accessibilityEn,
  bilingual: bilingualEn,
  easyRead: easyReadEn,
  settings: settingsEn,
  audit: auditEn,
  history: historyEn,
  calls: callsEn,
  callsManage: callsManageEn,
  commentsPanel: commentsPanelEn,
  mapCanvas: mapCanvasEn,
  mapList: mapListEn,
  maps: mapsEn,
  specEditorTools: specEditorToolsEn,
};

export const cy = {
  ...cyCore,
  accessibility: accessibilityCy,
  bilingual: bilingualCy,
  easyRead: easyReadCy,
  settings: settingsCy,
  audit: auditCy,
  history: historyCy,
  calls: callsCy,
  callsManage: callsManageCy,
  commentsPanel: commentsPanelCy,
  mapCanvas: mapCanvasCy,
  mapList: mapListCy,
  maps: mapsCy,
  specEditorTools: specEditorToolsCy,
};

export type Resources = typeof en;
