// The ALB: HTTP redirects to HTTPS; the HTTPS listener (TLS 1.2+) routes as infra/README.md "Routing" says —
// /projects/<project>/* to that project's API, the default project's API paths to it, and
// everything else to the UI (or a 404 when the UI is served by CloudFront).
import { Duration } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as targets from 'aws-cdk-lib/aws-route53-targets';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { CertificateConfig } from '../config.js';

/** Paths the default project's API answers unprefixed (the seed's single-API layout). */
export const DEFAULT_API_PATHS = ['/api/*', '/docs', '/openapi.json', '/healthz', '/readyz'];
export const projectPaths = (project: string) => [`/projects/${project}`, `/projects/${project}/*`];

export interface FrontDoorProps {
  vpc: ec2.IVpc;
  securityGroup: ec2.ISecurityGroup;
  certificate: CertificateConfig;
  logBucket: s3.IBucket;
}

export class FrontDoor extends Construct {
  readonly alb: elbv2.ApplicationLoadBalancer;
  readonly httpsListener: elbv2.ApplicationListener;
  readonly certificate: acm.ICertificate;
  readonly domainName: string;
  private nextPriority = 10;

  constructor(scope: Construct, id: string, props: FrontDoorProps) {
    super(scope, id);
    this.alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', {
      vpc: props.vpc,
      internetFacing: true,
      vpcSubnets: { subnets: props.vpc.publicSubnets },
      securityGroup: props.securityGroup,
      dropInvalidHeaderFields: true,
    });
    this.alb.logAccessLogs(props.logBucket, 'alb');
    this.domainName = props.certificate.domainName;
    this.certificate = this.makeCertificate(props.certificate);

    this.alb.addRedirect({
      sourcePort: 80,
      sourceProtocol: elbv2.ApplicationProtocol.HTTP,
      targetPort: 443,
      targetProtocol: elbv2.ApplicationProtocol.HTTPS,
    });
    this.httpsListener = this.alb.addListener('Https', {
      port: 443,
      protocol: elbv2.ApplicationProtocol.HTTPS,
      certificates: [this.certificate],
      sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
      open: false,
    });
  }

  /** Forwards requests whose path matches one of `paths` (at most five) to `targetGroup`. */
  route(id: string, paths: string[], targetGroup: elbv2.IApplicationTargetGroup): void {
    new elbv2.ApplicationListenerRule(this, id, {
      listener: this.httpsListener,
      priority: this.nextPriority,
      conditions: [elbv2.ListenerCondition.pathPatterns(paths)],
      action: elbv2.ListenerAction.forward([targetGroup]),
    });
    this.nextPriority += 10;
  }

  /** Everything no rule matches: the UI service, or 404 when the UI is on CloudFront. */
  routeDefault(targetGroup: elbv2.IApplicationTargetGroup | undefined): void {
    const action = targetGroup
      ? elbv2.ListenerAction.forward([targetGroup])
      : elbv2.ListenerAction.fixedResponse(404, { contentType: 'text/plain', messageBody: 'not found' });
    this.httpsListener.addAction('Default', { action });
  }

  private makeCertificate(config: CertificateConfig): acm.ICertificate {
    if (config.kind === 'arn') return acm.Certificate.fromCertificateArn(this, 'Certificate', config.arn);
    const zone = route53.HostedZone.fromHostedZoneAttributes(this, 'Zone', {
      hostedZoneId: config.hostedZoneId,
      zoneName: config.zoneName,
    });
    new route53.ARecord(this, 'AliasRecord', {
      zone,
      recordName: config.domainName,
      target: route53.RecordTarget.fromAlias(new targets.LoadBalancerTarget(this.alb)),
    });
    return new acm.Certificate(this, 'Certificate', {
      domainName: config.domainName,
      validation: acm.CertificateValidation.fromDns(zone),
    });
  }
}

/** A target group for a Fargate service (IP targets) with its health check. */
export function fargateTargetGroup(
  scope: Construct,
  id: string,
  vpc: ec2.IVpc,
  port: number,
  healthPath: string,
): elbv2.ApplicationTargetGroup {
  return new elbv2.ApplicationTargetGroup(scope, id, {
    vpc,
    port,
    protocol: elbv2.ApplicationProtocol.HTTP,
    targetType: elbv2.TargetType.IP,
    deregistrationDelay: Duration.seconds(30),
    healthCheck: {
      path: healthPath,
      healthyHttpCodes: '200',
      interval: Duration.seconds(15),
      timeout: Duration.seconds(5),
      healthyThresholdCount: 2,
      unhealthyThresholdCount: 3,
    },
  });
}
