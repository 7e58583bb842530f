import { graphql } from '../gql';

/** Seed 000 §3's domain figures since the start of this month (the server's default). */
export const DomainFiguresQuery = graphql(`
  query DomainFigures($environment: Environment) {
    domainFigures(environment: $environment) {
      from
      environment
      transactionChecks {
        checks
        approved
        reviewed
        declined
      }
      fraud {
        checks
        flagged
        confirmedFraud
        confirmedLegitimate
        flaggedConfirmedFraud
        flaggedConfirmedLegitimate
        precision
      }
      disputes {
        opened
        resolved
        won
        lost
        winRate
      }
      kyc {
        checks
        verified
        rejected
        review
        pending
        passRate
      }
      escrowVolume {
        status
        currency
        count
        amount
      }
    }
  }
`);

/** This month's metered units and estimated charge (seed 000 §5). */
export const BillingQuery = graphql(`
  query Billing($environment: Environment) {
    billing(environment: $environment) {
      period
      environment
      industry
      pricingModel
      units {
        unit
        quantity
        currency
      }
      lines {
        description
        unit
        quantity
        amount {
          amount
          currency
        }
      }
      estimatedCharge {
        amount
        currency
      }
      otherCharges {
        amount
        currency
      }
    }
  }
`);
