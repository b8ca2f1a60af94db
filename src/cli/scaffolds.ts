/** Commented starting points for `journeymap new`: valid as written, every field explained. */

export function journeyScaffold(id: string, persona: string, schema: string, area?: string): string {
  return `# yaml-language-server: $schema=${schema}
# A customer journey: one persona, stages in order, touchpoints in each stage.
# Field reference: README.md, "Authoring guide". Check it with: npx journeymap validate
id: ${id}
title: ${titleOf(id)}
persona: ${persona} # the persona id (journeys/personas/), or a list [a, b]
summary: >-
  The customer story: who the customer is, what they need, and how we help.
owner: Customer experience # the team that maintains this map
${area === undefined ? "" : `area: ${yamlText(area)} # the product area the site groups it under\n`}state: current # current, or future (then add \`redesigns: <current-state journey id>\`)
start: Where the journey starts, as early as possible
end: Where it ends, as late as possible
stages:
  - id: awareness
    name: Awareness
    goal: What the customer wants to achieve in this stage
    kpis: [] # ids of KPI targets (journeys/kpis/) that measure this stage
    touchpoints:
      - id: first-contact
        name: First contact
        channel: web # web, app, email, phone, contact-center, store, social, … (README: Channels)
        owner: Marketing # the team responsible
        does: What the customer does here
        thinks: What the customer thinks, in their words
        feels: How the customer feels
        emotion: 0 # -2 very negative … 0 neutral … +2 very positive
        pains: []
        highlights: []
        opportunities: []
        moment_of_truth: false
        confidence: hypothesis # validated once checked with customers (add evidence)
`;
}

export function personaScaffold(id: string, schema: string): string {
  return `# yaml-language-server: $schema=${schema}
# A persona: one kind of customer, described from research. Field reference: README.md, "Persona".
id: ${id}
name: ${titleOf(id)} # a fictitious name
role: Job title or role in life
background: Education, family, work
goals:
  - What they want to achieve
motivations:
  - Why they act
challenges:
  - What gets in their way
doubts:
  - What stops them acting
quote: A line that sums them up, in their words
empathy:
  says: []
  thinks: []
  does: []
  feels: []
`;
}

export function kpiScaffold(id: string, schema: string): string {
  return `# yaml-language-server: $schema=${schema}
# A KPI target. Field reference: README.md, "KPI target".
id: ${id}
name: ${titleOf(id)}
description: What is measured, and how
unit: percent # percent, count, currency (add currency: EUR), seconds, minutes, hours, days, score, ratio
direction: higher # higher or lower is better
target: 50
warning: 40 # optional: worse than target but not past this is "at risk"
owner: The accountable team
source: Where the data comes from
stages: [] # the stages it measures, as journey-id/stage-id
measurements: [] # - { date: 2026-01-31, value: 42 }, oldest first
`;
}

function titleOf(id: string): string {
  const words = id.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A text as a plain YAML scalar when that reads back the same, else double-quoted. */
function yamlText(text: string): string {
  const plain = /^[A-Za-z][A-Za-z0-9 &()/.-]*$/.test(text) && !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}
