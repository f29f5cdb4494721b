/** Words that say nothing about which event a sentence speaks of. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of in on at to for from by with without within into onto over under about as than then ' +
    'this that these those it its it\'s he she they them their his her him we our us you your i me my mine ' +
    'is are was were be been being am will would shall should can could may might must do does did done has have had having ' +
    'not no so too very also just only even still yet already again ever more most less least much many some any each every ' +
    'all both either neither other another such same own which who whom whose what when where while why how whether if ' +
    'there here thus hence however therefore moreover furthermore although though because since until till after before ' +
    'during between among against through throughout up down out off per via upon toward towards around across along ' +
    'mr mrs ms dr one ones new said says according well like including'
  ).split(' '),
);
