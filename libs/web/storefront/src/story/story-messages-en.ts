import type { MessagesOf } from '@shanhai/web/shared';
import type { StoryMessages } from './story-messages';

export const storyMessagesEn: MessagesOf<StoryMessages> = {
  documentTitle: 'Our story · Shanhai Market',
  title: 'The Gongshu–Huangping story',
  intro:
    'Gongshu District, Hangzhou, and Huangping County, Guizhou, are paired in the East–West poverty-alleviation cooperation: Gongshu commits aid funds, brings in Zhejiang companies, exchanges officials and professionals and organises labour cooperation, and Huangping has left the list of poor counties.',
  channels:
    'Gongshu opened the “Phoenix up the Mountain” exhibition and sales centre for specialty produce and the “Miao Silver House” shop at Crystal City, bringing Huangping tea, mushrooms and silver to Hangzhou. Shanhai Market carries that consumption aid online.',
  baseline:
    'The figures below are quoted from a published report. They are the baseline against which the platform tracks consumption aid.',
  periodInferred:
    'Note: the report gives only the first year of its scorecard and says “to date”; the end of each period is inferred from the date of the report and will be corrected if better information becomes available.',
  period: 'Period',
  source: 'Source',
  empty: 'No cooperation figures have been published yet.',
  groups: {
    headline: 'Consumption aid',
    money: 'Funds and amounts',
    people: 'People and jobs',
    projects: 'Projects and pairings',
    shares: 'Shares',
  },
  scorecard: {
    title: 'Consumption aid so far',
    reported: 'Reported (2018 – June 2020)',
    recorded: 'Recorded on Shanhai Market since',
    total: 'Together',
    note: 'The platform counts only goods that held a valid aid certificate when bought, net of refunds. Only totals are published, never any household.',
  },
  shopCta: 'Shop Huangping goods',
};
