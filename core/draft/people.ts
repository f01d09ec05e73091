// People of the public, and those of them the work regulates: one definition for whom the room asks to comply
// (guests.ts), who is never made the owner of a problem (owners.ts) and what an attendees line names as people
// (attendees.ts). The lists had drifted: owners.ts knew 乡厨 but not 厨师, and 「乡村厨师」 was told to 「一项一项跟踪推进」
// the problems they are (s46-6 [34], W).

/** Those whom the work regulates, who keep a shop, a farm, a kitchen, a building let or built: asked to comply, never to supervise. */
// Workers whose own conduct on the job the work checks are regulated alike: 「塔吊司机」「特种作业人员」 (s49-6 [58], W: asked with the
// station that inspects them to 「积极支持、参与」 the campaign, where they are to work licensed and by the rules). So are those who run
// the machines and boats it checks: 机手, 船主, 船员 (s67-3 [33], W: told to comply, never to 「牵头」).
export const REGULATED_PEOPLE = /乡厨|厨师|从业人员|工匠|商户|经营户|养殖户|养殖场|种植户|门店|店主|摊主|摊贩|个体户|经营者|(?<!小区)业主(?!委员会)|作业人员|司索工|司机|驾驶员|机手|船主|船员/;

/** People of the public: residents, villagers, households, tenants. */
export const PUBLIC_PEOPLE = /居民|村民|群众|租户|住户|农户|房东|二房东|家长|志愿者|乡贤|楼栋长/;

/** A name for people by its head noun (「乡村厨师」「建筑工匠」「散养户」): no body, whatever place it opens with. */
export const PEOPLE_NOUN = /(师|匠|户|师傅)$/;

/** Whether a name is of people, not of a body: regulated, of the public, or by its head noun. */
export function namesPeople(name: string): boolean {
  const n = name.trim();
  return REGULATED_PEOPLE.test(n) || PUBLIC_PEOPLE.test(n) || PEOPLE_NOUN.test(n);
}
