// ECR: one API repository per model project (slipway/<project>-api) and one for the UI
// (slipway/ui). Tags are immutable, so a deploy of one project never moves another's image.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import { Construct } from 'constructs';

export const apiRepositoryName = (project: string) => `slipway/${project}-api`;
export const UI_REPOSITORY_NAME = 'slipway/ui';

export interface RegistriesProps {
  projects: string[];
  keepImages: number;
}

export class Registries extends Construct {
  readonly apiRepositories: Record<string, ecr.Repository> = {};
  readonly uiRepository: ecr.Repository;

  constructor(scope: Construct, id: string, props: RegistriesProps) {
    super(scope, id);
    for (const project of props.projects) {
      this.apiRepositories[project] = this.repository(`Api-${project}`, apiRepositoryName(project), props.keepImages);
    }
    this.uiRepository = this.repository('Ui', UI_REPOSITORY_NAME, props.keepImages);
  }

  get all(): ecr.Repository[] {
    return [...Object.values(this.apiRepositories), this.uiRepository];
  }

  private repository(id: string, repositoryName: string, keepImages: number): ecr.Repository {
    return new ecr.Repository(this, id, {
      repositoryName,
      imageScanOnPush: true,
      imageTagMutability: ecr.TagMutability.IMMUTABLE,
      encryption: ecr.RepositoryEncryption.AES_256,
      // Images are the record of what ran: keep them when the stack goes.
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          description: 'Untagged images from interrupted pushes',
          tagStatus: ecr.TagStatus.UNTAGGED,
          maxImageAge: Duration.days(1),
          rulePriority: 1,
        },
        { description: `Keep the newest ${keepImages} images`, tagStatus: ecr.TagStatus.ANY, maxImageCount: keepImages, rulePriority: 2 },
      ],
    });
  }
}
