import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const CHANNELS = ["web", "app", "email", "phone", "contact-center", "store", "social", "chat", "sms", "delivery"];
const TEAMS = ["E-commerce", "Customer care", "Growth marketing", "Logistics", "Product"];

/** Writes `journeys` journeys of `touchpoints` touchpoints (5 stages), with personas and KPIs so references resolve. */
export function generateContent(dir: string, journeys: number, touchpoints: number): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  for (let p = 0; p < 10; p++) write(`personas/persona-${p}.yaml`, `id: persona-${p}\nname: Persona ${p}\nrole: Buyer number ${p}\ngoals: [Get it done quickly]\n`);
  const perStage = Math.ceil(touchpoints / 5);
  for (let j = 0; j < journeys; j++) {
    const stages: string[] = [];
    for (let s = 0; s < 5; s++) {
      const tps: string[] = [];
      for (let t = 0; t < perStage && s * perStage + t < touchpoints; t++) {
        const n = s * perStage + t;
        tps.push(`      - id: touchpoint-${n}
        name: Touchpoint ${n} of journey ${j}
        channel: ${CHANNELS[(j + n) % CHANNELS.length]}
        category: during-purchase
        control: owned
        owner: ${TEAMS[(j + n) % TEAMS.length]}
        does: Compares delivery options and reads the returns policy before paying
        thinks: "Will this arrive before the weekend, and can I send it back if it does not fit?"
        feels: Hopeful but a little anxious about the delivery date
        emotion: ${((j * 7 + n * 3) % 5) - 2}
        pains:
          - Delivery date only shown after entering the card details
        highlights: [Clear product photos]
        opportunities:
          - Show the delivery date on the product page
        moment_of_truth: ${n % 9 === 0}
        importance: ${(n % 5) + 1}
        satisfaction: ${((n + j) % 5) + 1}
        systems:
          - name: Shopify Plus
            data: [cart id, delivery address]
            action: Order webhook to the warehouse system
        evidence:
          - type: survey
            text: 38% of respondents abandon when the delivery date is unclear
            source: Post-purchase survey Q3
            date: 2026-09-30
        confidence: validated
        kpis: [kpi-${n % 20}]`);
      }
      stages.push(`  - id: stage-${s}
    name: Stage ${s}
    goal: Move on to the next step without friction
    kpis: [kpi-${s}]
    touchpoints:
${tps.join("\n")}`);
    }
    write(`area-${j % 10}/journey-${j}.yaml`, `# yaml-language-server: $schema=../../schemas/journey.schema.json
id: journey-${j}
title: Generated journey ${j}
persona: persona-${j % 10}
summary: A generated journey for the validation benchmark, shaped like a real one.
owner: CX team
state: current
start: Sees an ad
end: Recommends the shop to a friend
stages:
${stages.join("\n")}
`);
  }
  for (let k = 0; k < 20; k++) {
    write(`kpis/kpi-${k}.yaml`, `id: kpi-${k}\nname: KPI ${k}\nunit: percent\ndirection: higher\ntarget: 60\nwarning: 50\nmeasurements:\n  - { date: 2026-08-31, value: 48 }\n  - { date: 2026-09-30, value: 55 }\n`);
  }
  return { files, bytes };
}
